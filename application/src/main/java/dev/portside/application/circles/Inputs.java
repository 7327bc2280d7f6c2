package dev.portside.application.circles;

import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.Cursor;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** Small validation helpers shared by the use cases. */
final class Inputs {

    private Inputs() {
    }

    static TenantId tenant(Checks checks, String tenant) {
        return checks.take(TenantId.of(tenant));
    }

    static PageRequest page(Checks checks, int limit, String cursor) {
        Option<Cursor> after = cursor == null ? Option.none() : Option.of(checks.take(Cursor.of(cursor)));
        return checks.take(PageRequest.of(limit, after));
    }

    static <E extends Enum<E>> Option<E> optionalEnum(Checks checks, String field, String value, Class<E> type) {
        return value == null || value.isBlank() ? Option.none() : Option.of(checks.enumValue(field, value, type));
    }

    static <T> Either<Problem, T> found(Either<Problem, Option<T>> loaded, String kind, Object id) {
        return loaded.flatMap(o -> o.toEither(() -> (Problem) new Problem.NotFound(kind, String.valueOf(id))));
    }
}
