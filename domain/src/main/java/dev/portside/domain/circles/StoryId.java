package dev.portside.domain.circles;

import dev.portside.domain.kernel.Violation;
import io.vavr.control.Validation;

/** Identifier of a {@code Story} within a tenant. */
public record StoryId(String value) {

    public static Validation<Violation, StoryId> of(String value) {
        return Ids.of("storyId", value, StoryId::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
