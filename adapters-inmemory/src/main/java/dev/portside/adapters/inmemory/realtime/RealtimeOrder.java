package dev.portside.adapters.inmemory.realtime;

import dev.portside.domain.kernel.Cursor;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The realtime lists' order and paging, identical to the DynamoDB indexes: by a sort key
 * {@code <epoch millis, 13 digits>#<id>}, compared as text; the cursor holds the last key returned.
 */
final class RealtimeOrder {

    private RealtimeOrder() {
    }

    static String sortKey(Instant at, String id) {
        return String.format("%013d#%s", at.toEpochMilli(), id);
    }

    static <T> Either<Problem, Page<T>> page(List<T> items, Function<T, String> key, boolean newestFirst,
                                              PageRequest request, CursorCodec cursors, TenantId tenant, String query) {
        Option<String> after = Option.none();
        if (request.after().isDefined()) {
            Either<Problem, String> decoded = cursors.decode(request.after().get(), tenant, query);
            if (decoded.isLeft()) {
                return Either.left(decoded.getLeft());
            }
            after = Option.some(decoded.get());
        }
        Comparator<String> order = newestFirst ? Comparator.reverseOrder() : Comparator.naturalOrder();
        Option<String> start = after;
        List<T> remaining = items.stream()
                .sorted(Comparator.comparing(key, order))
                .filter(item -> start.isEmpty() || order.compare(key.apply(item), start.get()) > 0)
                .toList();
        if (remaining.size() <= request.limit()) {
            return Either.right(Page.last(remaining));
        }
        List<T> taken = remaining.subList(0, request.limit());
        Cursor next = cursors.encode(tenant, query, key.apply(taken.get(taken.size() - 1)));
        return Either.right(new Page<>(taken, Option.some(next)));
    }
}
