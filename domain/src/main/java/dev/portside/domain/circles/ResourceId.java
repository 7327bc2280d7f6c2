package dev.portside.domain.circles;

import dev.portside.domain.kernel.Violation;
import io.vavr.control.Validation;

/** Identifier of a {@code Resource} within a tenant. */
public record ResourceId(String value) {

    public static Validation<Violation, ResourceId> of(String value) {
        return Ids.of("resourceId", value, ResourceId::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
