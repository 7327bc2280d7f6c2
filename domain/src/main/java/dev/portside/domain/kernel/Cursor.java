package dev.portside.domain.kernel;

import io.vavr.control.Validation;

/**
 * An opaque continuation token. Only a {@link CursorCodec} can make or read one; callers pass it
 * back unchanged.
 */
public record Cursor(String token) {

    static final int MAX_LENGTH = 4096;

    public static Validation<Violation, Cursor> of(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_LENGTH) {
            return Validation.invalid(Violation.of("cursor", token, "must be a cursor returned by a previous page"));
        }
        return Validation.valid(new Cursor(token));
    }

    @Override
    public String toString() {
        return token;
    }
}
