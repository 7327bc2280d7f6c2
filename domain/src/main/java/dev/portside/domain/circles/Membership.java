package dev.portside.domain.circles;

import dev.portside.domain.kernel.UserId;

import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import java.time.Instant;

/**
 * A member's place in a circle: role, status, when they joined and when the membership last changed. Written only
 * together with its circle.
 */
public record Membership(TenantId tenant, CircleId circle, UserId member, Role role, MembershipStatus status,
                         Instant joinedAt, Instant updatedAt, Revision revision) {

    public Membership {
        updatedAt = updatedAt == null ? joinedAt : updatedAt;
    }

    public Membership with(Role r, MembershipStatus s, Instant now) {
        return new Membership(tenant, circle, member, r, s, joinedAt, now, revision);
    }

    public Membership withRevision(Revision r) {
        return new Membership(tenant, circle, member, role, status, joinedAt, updatedAt, r);
    }

    public boolean active() {
        return status == MembershipStatus.ACTIVE;
    }

    /** Active with at least this role. */
    public boolean activeAs(Role least) {
        return active() && role.atLeast(least);
    }
}
