package dev.portside.adapters.sql.brands;

import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/** Keyset paging over a two-column order: the signed cursor holds the last row's two keys. */
final class KeysetQuery {

    private KeysetQuery() {
    }

    static <T> Either<Problem, Page<T>> page(PostgresBrandStore store, CursorCodec cursors, TenantId tenant,
                                             String fingerprint, PageRequest request, String select,
                                             UnaryOperator<Query> filters, String first, String second,
                                             RowMapper<T> mapper, Function<T, String> position,
                                             BiFunction<Query, String[], Query> bindAfter) {
        Either<Problem, Option<String[]>> after = cursors.resume(request, tenant, fingerprint)
                .map(resumed -> resumed.map(p -> p.split("\\|", 2)));
        return after.flatMap(from -> store.read("query " + fingerprint, h -> {
            String sql = select + (from.isDefined() ? " AND (" + first + ", " + second + ") > (:after_1, :after_2)" : "")
                    + " ORDER BY " + first + ", " + second + " LIMIT :limit";
            Query query = filters.apply(h.createQuery(sql).bind("tenant", tenant.value())
                    .bind("limit", request.limit() + 1));
            if (from.isDefined()) {
                query = bindAfter.apply(query, from.get());
            }
            List<T> rows = query.map(mapper).list();
            if (rows.size() <= request.limit()) {
                return Page.last(rows);
            }
            List<T> items = rows.subList(0, request.limit());
            return new Page<>(items, Option.some(cursors.encode(tenant, fingerprint,
                    position.apply(items.get(items.size() - 1)))));
        }));
    }

    static Query timeThenText(Query query, String[] after) {
        return query.bind("after_1", Instant.parse(after[0])).bind("after_2", after[1]);
    }
}
