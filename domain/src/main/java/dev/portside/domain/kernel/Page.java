package dev.portside.domain.kernel;

import io.vavr.control.Option;
import java.util.List;
import java.util.function.Function;

/** A page of results and, when more may exist, the cursor of the next page. */
public record Page<T>(List<T> items, Option<Cursor> next) {

    public Page {
        items = List.copyOf(items);
        next = next == null ? Option.none() : next;
    }

    public static <T> Page<T> last(List<T> items) {
        return new Page<>(items, Option.none());
    }

    public <R> Page<R> map(Function<? super T, ? extends R> f) {
        return new Page<>(items.stream().<R>map(f).toList(), next);
    }

    public boolean hasNext() {
        return next.isDefined();
    }
}
