package dev.portside.domain.circles;

import java.util.List;

/**
 * A circle save plus the membership writes it implies, applied all-or-nothing by
 * {@link CircleRepository#apply}: the circle is conditional on its revision, each membership write on its own.
 */
public record CircleChange(Circle circle, List<MembershipWrite> writes) {

    public CircleChange {
        writes = List.copyOf(writes);
    }

    public static CircleChange of(Circle circle, MembershipWrite... writes) {
        return new CircleChange(circle, List.of(writes));
    }
}
