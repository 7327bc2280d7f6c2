package dev.portside.adapters.sql.support;

import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * Keyset paging with signed cursors: a listing reads {@code limit + 1} rows after the position its cursor carries
 * (the sort keys of the last row shown), so the extra row proves that more exist. A cursor is bound by the kernel
 * {@link CursorCodec} to the tenant and the query it was issued for; any other cursor is {@link Problem.Invalid}.
 */
public final class Pager {

    private static final String SEP = "\u0000";

    private final Guard guard;
    private final CursorCodec codec;

    public Pager(Guard guard, CursorCodec codec) {
        this.guard = guard;
        this.codec = codec;
    }

    /**
     * One page of {@code select} (a {@code SELECT ... FROM ... WHERE tenant = :tenant ...} without order or limit;
     * {@code filters} binds its other parameters) in {@code keyset} order. {@code query} fingerprints the listing
     * (its name and every filter value); its first {@code |}-separated part names the operation in failures.
     */
    public <T> Either<Problem, Page<T>> page(TenantId tenant, String query, PageRequest request, String select,
                                             UnaryOperator<Query> filters, Keyset<T> keyset, RowMapper<T> mapper) {
        return after(tenant, query, request, keyset.size()).flatMap(after -> guard.read("list " + operation(query), h -> {
            Query q = h.createQuery(select + (after.isDefined() ? keyset.after() : "") + keyset.orderBy()
                    + " LIMIT :limit").bind("tenant", tenant.value()).bind("limit", fetch(request));
            filters.apply(q);
            after.forEach(position -> keyset.bind(q, position));
            return page(q.map(mapper).list(), request, tenant, query, keyset::position);
        }));
    }

    /** The position ({@code keys} texts) a request resumes after: none for a first page. */
    public Either<Problem, Option<List<String>>> after(TenantId tenant, String query, PageRequest request, int keys) {
        return codec.resume(request, tenant, query).flatMap(position -> {
            if (position.isEmpty()) {
                return Either.right(Option.none());
            }
            List<String> values = List.of(position.get().split(SEP, -1));
            return values.size() == keys ? Either.right(Option.some(values))
                    : Either.left(Problem.Invalid.of("cursor", request.after().get().token(), "does not fit this query"));
        });
    }

    /** A page of at most {@code limit} of {@code rows} (read with {@link #fetch}), with a cursor when more exist. */
    public <T> Page<T> page(List<T> rows, PageRequest request, TenantId tenant, String query,
                            Function<T, List<String>> position) {
        return codec.page(rows, request, tenant, query, row -> String.join(SEP, position.apply(row)));
    }

    /** How many rows a page reads: one more than it shows. */
    public static int fetch(PageRequest request) {
        return request.limit() + 1;
    }

    private static String operation(String query) {
        int bar = query.indexOf('|');
        return bar < 0 ? query : query.substring(0, bar);
    }
}
