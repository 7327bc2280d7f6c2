package dev.portside.domain.circles;

import dev.portside.domain.kernel.Violation;
import io.vavr.control.Validation;

/** Identifier of a {@code User} within a tenant. */
public record UserId(String value) {

    public static Validation<Violation, UserId> of(String value) {
        return Ids.of("userId", value, UserId::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
