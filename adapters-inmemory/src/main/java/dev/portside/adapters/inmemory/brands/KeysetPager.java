package dev.portside.adapters.inmemory.brands;

import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Pages rows ordered by a string sort key; the signed cursor holds the last key returned. */
final class KeysetPager {

    private KeysetPager() {
    }

    static <T> Either<Problem, Page<T>> page(CursorCodec cursors, TenantId tenant, String query, List<T> rows,
                                             Function<T, String> sortKey, PageRequest request) {
        return cursors.resume(request, tenant, query).map(position -> cursors.page(rows.stream()
                .filter(row -> position.isEmpty() || sortKey.apply(row).compareTo(position.get()) > 0)
                .sorted(Comparator.comparing(sortKey)).limit(request.limit() + 1L).toList(),
                request, tenant, query, sortKey));
    }
}
