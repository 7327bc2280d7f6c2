package dev.portside.domain.circles;

/**
 * One membership write inside a {@link CircleChange}: create (the key must be free), update or delete (both
 * conditional on the membership's revision).
 */
public sealed interface MembershipWrite {

    Membership membership();

    record Create(Membership membership) implements MembershipWrite {
    }

    record Update(Membership membership) implements MembershipWrite {
    }

    record Delete(Membership membership) implements MembershipWrite {
    }
}
