package dev.portside.testkit.circles;

import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Walks every page of a paged query, asserting that each non-last page is full. */
public final class Paging {

    private Paging() {
    }

    public static <T> List<T> all(int limit, Function<PageRequest, Either<Problem, Page<T>>> query) {
        List<T> out = new ArrayList<>();
        PageRequest request = PageRequest.first(limit);
        for (int guard = 0; guard < 100_000; guard++) {
            Page<T> page = query.apply(request).getOrElseThrow(p -> new AssertionError(p.message()));
            if (page.hasNext() && page.items().size() != limit) {
                throw new AssertionError("a page with a next cursor must hold exactly " + limit + " items, got "
                        + page.items().size());
            }
            out.addAll(page.items());
            if (!page.hasNext()) {
                return out;
            }
            request = request.after(page.next().get());
        }
        throw new AssertionError("paging did not end");
    }
}
