package dev.portside.testkit.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.kernel.Cursor;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import java.util.function.BiFunction;

/**
 * The cursor rules every paged query of every port keeps: a cursor is good only for the tenant and the query
 * that issued it. One from another tenant, from another query, or with altered bytes is refused as
 * {@link Problem.Invalid} — never answered with the other tenant's rows or a wrong position.
 */
public final class PagedQueries {

    private PagedQueries() {
    }

    /**
     * Checks the three refusals. {@code query} runs the query under test for a tenant; {@code other} is another
     * query of the same port (another partition or filter) for the same tenant. The query must have more than
     * one row for {@code owner}, so that its first page of one row carries a cursor.
     */
    public static <T, U> void refuseForeignCursors(TenantId owner, TenantId stranger,
                                                  BiFunction<TenantId, PageRequest, Either<Problem, Page<T>>> query,
                                                  BiFunction<TenantId, PageRequest, Either<Problem, Page<U>>> other) {
        Page<T> first = query.apply(owner, PageRequest.first(1)).getOrElseThrow(p -> new AssertionError(p.message()));
        assertThat(first.next()).as("the query needs a second page for this check").isNotEmpty();
        Cursor cursor = first.next().get();

        assertThat(query.apply(stranger, PageRequest.first(1).after(cursor)).getLeft())
                .as("another tenant's cursor").isInstanceOf(Problem.Invalid.class);
        assertThat(other.apply(owner, PageRequest.first(1).after(cursor)).getLeft())
                .as("another query's cursor").isInstanceOf(Problem.Invalid.class);
        assertThat(query.apply(owner, PageRequest.first(1).after(tampered(cursor))).getLeft())
                .as("a cursor with altered bytes").isInstanceOf(Problem.Invalid.class);
        assertThat(query.apply(owner, PageRequest.first(1).after(cursor)).isRight())
                .as("the cursor itself still works").isTrue();
    }

    /** The cursor with one character in its middle changed. */
    public static Cursor tampered(Cursor cursor) {
        char[] token = cursor.token().toCharArray();
        int at = token.length / 2;
        token[at] = token[at] == 'A' ? 'B' : 'A';
        return new Cursor(new String(token));
    }
}
