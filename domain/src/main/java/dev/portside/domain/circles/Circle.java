package dev.portside.domain.circles;

import dev.portside.domain.kernel.UserId;

import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.TenantOwned;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;

/**
 * A circle of members. Its {@code stats.memberCount} equals its ACTIVE memberships and never exceeds
 * {@code settings.maxMembers}; {@code owner} is the one member holding the OWNER role. Every membership change is
 * written together with the circle, conditional on the circle's revision.
 */
public record Circle(TenantId tenant, CircleId id, String name, Option<String> description, CircleType type,
                     CirclePrivacy privacy, CircleSettings settings, List<String> tags, CircleStats stats,
                     UserId owner, CircleStatus status, Instant createdAt, Instant updatedAt, Revision revision) implements TenantOwned {

    public Circle {
        tags = List.copyOf(tags);
        description = description == null ? Option.none() : description;
    }

    /** New members wait for approval in a private circle or one that requires approval. */
    public boolean admitsDirectly() {
        return privacy == CirclePrivacy.PUBLIC && !settings.requireApproval();
    }

    public boolean full() {
        return stats.memberCount() >= settings.maxMembers();
    }

    public Circle withStats(CircleStats s, Instant now) {
        return new Circle(tenant, id, name, description, type, privacy, settings, tags, s, owner, status, createdAt,
                now, revision);
    }

    public Circle withOwner(UserId newOwner, Instant now) {
        return new Circle(tenant, id, name, description, type, privacy, settings, tags, stats, newOwner, status,
                createdAt, now, revision);
    }

    public Circle withStatus(CircleStatus s, Instant now) {
        return new Circle(tenant, id, name, description, type, privacy, settings, tags, stats, owner, s, createdAt,
                now, revision);
    }

    public Circle touched(Instant now) {
        return withStats(stats, now);
    }

    public Circle withRevision(Revision r) {
        return new Circle(tenant, id, name, description, type, privacy, settings, tags, stats, owner, status,
                createdAt, updatedAt, r);
    }
}
