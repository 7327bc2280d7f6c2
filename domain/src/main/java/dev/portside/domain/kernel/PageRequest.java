package dev.portside.domain.kernel;

import io.vavr.control.Option;
import io.vavr.control.Validation;

/** "At most {@code limit} items (1..1000), after {@code after}". */
public record PageRequest(int limit, Option<Cursor> after) {

    public static final int MAX_LIMIT = 1000;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", got " + limit);
        }
        after = after == null ? Option.none() : after;
    }

    public static Validation<Violation, PageRequest> of(int limit, Option<Cursor> after) {
        if (limit < 1 || limit > MAX_LIMIT) {
            return Validation.invalid(Violation.of("limit", limit, "must be between 1 and " + MAX_LIMIT));
        }
        return Validation.valid(new PageRequest(limit, after));
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, Option.none());
    }

    public PageRequest after(Cursor cursor) {
        return new PageRequest(limit, Option.of(cursor));
    }
}
