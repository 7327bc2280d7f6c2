package dev.portside.domain.circles;

import dev.portside.domain.kernel.Violation;
import io.vavr.control.Validation;

/** Identifier of a {@code Comment} within a tenant. */
public record CommentId(String value) {

    public static Validation<Violation, CommentId> of(String value) {
        return Ids.of("commentId", value, CommentId::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
