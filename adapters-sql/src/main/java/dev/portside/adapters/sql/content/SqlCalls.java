package dev.portside.adapters.sql.content;

import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The port boundary of the SQL adapters: database failures become {@code Problem.Unavailable}
 * (retriable for connection faults and serialization failures), and keyset pages carry signed cursors.
 */
public final class SqlCalls {

    private static final String SEP = "\u0000";

    private SqlCalls() {
    }

    public static <T> Either<Problem, T> guard(Supplier<Either<Problem, T>> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return Either.left(unavailable(e));
        }
    }

    static Problem unavailable(Throwable e) {
        String state = null;
        for (Throwable t = e; t != null && state == null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                state = sql.getSQLState();
            }
        }
        boolean retriable = state != null && (state.startsWith("08") || state.startsWith("40") || state.equals("57P01"));
        return new Problem.Unavailable("postgres", retriable, e.getMessage());
    }

    /** The decoded keyset position ({@code parts} values) of a request, or none for a first page. */
    public static Either<Problem, Option<List<String>>> position(CursorCodec codec, TenantId tenant, String query,
                                                                 PageRequest request, int parts) {
        return codec.resume(request, tenant, query).flatMap(position -> {
            if (position.isEmpty()) {
                return Either.right(Option.none());
            }
            List<String> values = List.of(position.get().split(SEP, -1));
            return values.size() == parts ? Either.right(Option.of(values))
                    : Either.left(Problem.Invalid.of("cursor", request.after().get().token(), "does not fit this query"));
        });
    }

    /** A page from {@code limit + 1} fetched rows: the extra row only proves that more exist. */
    public static <T> Page<T> page(List<T> rows, PageRequest request, CursorCodec codec, TenantId tenant, String query,
                                   Function<T, List<String>> position) {
        return codec.page(rows, request, tenant, query, row -> String.join(SEP, position.apply(row)));
    }
}
