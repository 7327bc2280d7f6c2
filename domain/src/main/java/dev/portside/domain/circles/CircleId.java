package dev.portside.domain.circles;

import dev.portside.domain.kernel.Violation;
import io.vavr.control.Validation;

/** Identifier of a {@code Circle} within a tenant. */
public record CircleId(String value) {

    public static Validation<Violation, CircleId> of(String value) {
        return Ids.of("circleId", value, CircleId::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
