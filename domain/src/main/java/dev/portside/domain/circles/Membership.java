package dev.portside.domain.circles;

import dev.portside.domain.kernel.UserId;

import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import java.time.Instant;

/** A member's place in a circle: role, status and when they joined. Written only together with its circle. */
public record Membership(TenantId tenant, CircleId circle, UserId member, Role role, MembershipStatus status,
                         Instant joinedAt, Revision revision) {

    public Membership with(Role r, MembershipStatus s) {
        return new Membership(tenant, circle, member, r, s, joinedAt, revision);
    }

    public Membership withRevision(Revision r) {
        return new Membership(tenant, circle, member, role, status, joinedAt, r);
    }

    public boolean active() {
        return status == MembershipStatus.ACTIVE;
    }

    /** Active with at least this role. */
    public boolean activeAs(Role least) {
        return active() && role.atLeast(least);
    }
}
