package dev.portside.domain.circles;

import dev.portside.domain.kernel.Violation;
import io.vavr.control.Validation;

/** Identifier of a {@code Business} within a tenant. */
public record BusinessId(String value) {

    public static Validation<Violation, BusinessId> of(String value) {
        return Ids.of("businessId", value, BusinessId::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
