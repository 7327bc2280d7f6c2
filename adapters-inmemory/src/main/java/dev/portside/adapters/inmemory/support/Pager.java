package dev.portside.adapters.inmemory.support;

import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Pages an in-memory listing the way the real stores do: rows ordered by a sort key in Unicode code point
 * order (UTF-8 byte order, as DynamoDB and PostgreSQL's "C" collation), a cursor signed for the tenant and
 * the query holding the last key shown, and a next cursor only when another row follows.
 */
public final class Pager {

    /** Which way a listing runs over its sort key. */
    public enum Order {
        ASCENDING, DESCENDING
    }

    /** Code point order, which is UTF-8 byte order. */
    private static final Comparator<String> CODE_POINTS = Pager::compareCodePoints;

    private final CursorCodec cursors;

    public Pager(CursorCodec cursors) {
        this.cursors = cursors;
    }

    /**
     * The page of {@code rows} (any order) after the request's cursor, by {@code key} in {@code order};
     * {@link Problem.Invalid} when the cursor was not issued for this tenant and query.
     */
    public <T> Either<Problem, Page<T>> page(TenantId tenant, String query, List<T> rows, Function<T, String> key,
                                             Order order, PageRequest request) {
        Comparator<String> direction = order == Order.DESCENDING ? CODE_POINTS.reversed() : CODE_POINTS;
        return cursors.resume(request, tenant, query).map(after -> cursors.page(rows.stream()
                .filter(row -> after.isEmpty() || direction.compare(key.apply(row), after.get()) > 0)
                .sorted(Comparator.comparing(key, direction))
                .limit(request.limit() + 1L)
                .toList(), request, tenant, query, key));
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
