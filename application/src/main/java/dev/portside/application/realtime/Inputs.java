package dev.portside.application.realtime;

import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.Cursor;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** Shared input checks of the hub's commands. */
final class Inputs {

    private Inputs() {
    }

    static <C> Either<Problem, C> present(C command) {
        return command == null
                ? Either.left(Problem.Invalid.of("command", null, "is required"))
                : Either.right(command);
    }

    static TenantId tenant(Checks checks, String tenant) {
        return checks.take(TenantId.of(tenant));
    }

    static PageRequest page(Checks checks, int limit, String cursor) {
        Option<Cursor> after = Option.none();
        if (cursor != null) {
            Cursor parsed = checks.take(Cursor.of(cursor));
            after = Option.of(parsed);
        }
        return checks.take(PageRequest.of(limit, after));
    }
}
