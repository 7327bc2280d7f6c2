package dev.portside.adapters.sql.circles;

import dev.portside.domain.kernel.Cursor;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.function.Function;

/**
 * Keyset paging: the query reads {@code limit + 1} rows after the position carried by the signed cursor (the sort key
 * of the last row returned), so a page is full whenever more rows exist and the next page starts right after it.
 */
final class Keyset {

    private Keyset() {
    }

    /** The position to read after (null for the first page), or the cursor's problem. */
    static Either<Problem, String> after(CirclesDb db, PageRequest page, TenantId tenant, String fingerprint) {
        return page.after().isEmpty() ? Either.right(null) : db.codec.decode(page.after().get(), tenant, fingerprint);
    }

    static <T> Page<T> page(CirclesDb db, List<T> rows, Function<T, String> key, PageRequest page, TenantId tenant,
                            String fingerprint) {
        boolean more = rows.size() > page.limit();
        List<T> items = more ? rows.subList(0, page.limit()) : rows;
        Option<Cursor> next = more
                ? Option.of(db.codec.encode(tenant, fingerprint, key.apply(items.get(items.size() - 1))))
                : Option.none();
        return new Page<>(items, next);
    }
}
