package dev.portside.domain.circles;

import dev.portside.domain.kernel.UserId;

import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.TenantOwned;
import java.time.Instant;
import java.util.List;

/**
 * A registered community member (the seed's user). The email is unique per tenant, compared case-insensitively;
 * repositories claim it on create and move the claim atomically when a save changes it.
 */
public record Member(TenantId tenant, UserId id, Email email, Profile profile, Preferences preferences,
                     Settings settings, List<String> primaryGoals, boolean verified, boolean active,
                     MemberStats stats, Instant lastActive, Instant createdAt, Instant updatedAt, Revision revision) implements TenantOwned {

    public Member {
        primaryGoals = List.copyOf(primaryGoals);
    }

    public Member withStats(MemberStats delta, Instant now) {
        return new Member(tenant, id, email, profile, preferences, settings, primaryGoals, verified, active,
                stats.plus(delta), now, createdAt, now, revision);
    }

    public Member withDetails(Email newEmail, Profile newProfile, Preferences newPreferences, Settings newSettings,
                              List<String> goals, Instant now) {
        return new Member(tenant, id, newEmail, newProfile, newPreferences, newSettings, goals, verified, active,
                stats, lastActive, createdAt, now, revision);
    }

    public Member withRevision(Revision r) {
        return new Member(tenant, id, email, profile, preferences, settings, primaryGoals, verified, active,
                stats, lastActive, createdAt, updatedAt, r);
    }
}
