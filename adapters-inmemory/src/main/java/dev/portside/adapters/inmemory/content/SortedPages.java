package dev.portside.adapters.inmemory.content;

import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Pages an in-memory listing the way the real stores do: items ordered by a position text
 * (Unicode code point order, as DynamoDB and PostgreSQL's "C" collation order UTF-8), a signed
 * cursor holding the last position, and a next cursor only when another item follows.
 */
public final class SortedPages {

    /** Code point order, which is UTF-8 byte order. */
    public static final Comparator<String> CODE_POINTS = SortedPages::compareCodePoints;

    private SortedPages() {
    }

    public static <T> Either<Problem, Page<T>> page(List<T> matches, Function<T, String> position, boolean descending,
                                                    CursorCodec codec, TenantId tenant, String query,
                                                    PageRequest request) {
        Comparator<String> order = descending ? CODE_POINTS.reversed() : CODE_POINTS;
        Either<Problem, Option<String>> after = codec.resume(request, tenant, query);
        return after.map(from -> {
            List<T> sorted = new ArrayList<>(matches);
            sorted.sort(Comparator.comparing(position, order));
            List<T> items = new ArrayList<>();
            for (T item : sorted) {
                if (from.isEmpty() || order.compare(position.apply(item), from.get()) > 0) {
                    if (items.size() == request.limit()) {
                        T last = items.get(items.size() - 1);
                        return new Page<>(items, Option.of(codec.encode(tenant, query, position.apply(last))));
                    }
                    items.add(item);
                }
            }
            return Page.last(items);
        });
    }

    static int compareCodePoints(String a, String b) {
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
