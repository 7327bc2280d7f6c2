package dev.portside.adapters.inmemory.circles;

import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Pages an already ordered list by each item's sort key, with signed cursors holding the last key returned. */
final class Pager {

    private Pager() {
    }

    static <T> Either<Problem, Page<T>> page(List<T> ordered, Function<T, String> key, boolean descending,
                                             PageRequest request, CursorCodec codec, TenantId tenant,
                                             String fingerprint) {
        return codec.resume(request, tenant, fingerprint).map(after -> {
            List<T> out = new ArrayList<>();
            boolean more = false;
            for (T item : ordered) {
                String k = key.apply(item);
                if (after.isDefined() && (descending ? k.compareTo(after.get()) >= 0 : k.compareTo(after.get()) <= 0)) {
                    continue;
                }
                if (out.size() == request.limit()) {
                    more = true;
                    break;
                }
                out.add(item);
            }
            Option<dev.portside.domain.kernel.Cursor> next = more
                    ? Option.of(codec.encode(tenant, fingerprint, key.apply(out.get(out.size() - 1))))
                    : Option.none();
            return new Page<>(out, next);
        });
    }
}
