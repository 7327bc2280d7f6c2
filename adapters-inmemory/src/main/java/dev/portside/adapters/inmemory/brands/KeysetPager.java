package dev.portside.adapters.inmemory.brands;

import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Pages rows ordered by a string sort key; the signed cursor holds the last key returned. */
final class KeysetPager {

    private KeysetPager() {
    }

    static <T> Either<Problem, Page<T>> page(CursorCodec cursors, TenantId tenant, String query, List<T> rows,
                                             Function<T, String> sortKey, PageRequest request) {
        Either<Problem, Option<String>> after = request.after().isEmpty() ? Either.right(Option.none())
                : cursors.decode(request.after().get(), tenant, query).map(Option::some);
        return after.map(position -> {
            List<T> sorted = rows.stream()
                    .filter(row -> position.isEmpty() || sortKey.apply(row).compareTo(position.get()) > 0)
                    .sorted(Comparator.comparing(sortKey)).toList();
            if (sorted.size() <= request.limit()) {
                return Page.last(sorted);
            }
            List<T> items = sorted.subList(0, request.limit());
            String last = sortKey.apply(items.get(items.size() - 1));
            return new Page<>(items, Option.some(cursors.encode(tenant, query, last)));
        });
    }
}
