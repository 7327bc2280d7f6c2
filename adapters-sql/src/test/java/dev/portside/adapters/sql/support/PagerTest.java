package dev.portside.adapters.sql.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.kernel.Cursor;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Keyset pages over a real table: every row once in order, and a cursor only where it was issued. */
class PagerTest {

    @RegisterExtension
    static final PostgresBackend BACKEND = PostgresBackend.shared();
    private static final TenantId TENANT = new TenantId("t");
    private static final RowMapper<String> IDS = (rs, ctx) -> rs.getString("id");
    private static final Keyset<String> BY_NOTE_THEN_ID = Keyset.ascending(
            Keyset.Key.text("note", id -> id.substring(0, 1)), Keyset.Key.text("id", id -> id));

    private static Pager pager;

    @BeforeAll
    static void database() {
        Jdbi jdbi = SupportDatabase.create();
        jdbi.useHandle(h -> {
            for (int i = 0; i < 7; i++) {
                h.execute("insert into items (tenant, id, note, revision) values ('t', ?, ?, 1)",
                        (char) ('a' + i % 3) + "-" + i, String.valueOf((char) ('a' + i % 3)));
                h.execute("insert into items (tenant, id, note, revision) values ('u', ?, 'a', 1)", "u" + i);
            }
        });
        pager = new Pager(Guard.postgres(jdbi), CursorCodec.fromSecret("pager test key"));
    }

    private static Either<Problem, Page<String>> page(TenantId tenant, String query, PageRequest request) {
        return pager.page(tenant, query, request, "SELECT id FROM items WHERE tenant = :tenant", q -> q,
                BY_NOTE_THEN_ID, IDS);
    }

    @Test
    void pages_walk_every_row_of_the_tenant_once_in_key_order_and_the_last_page_has_no_cursor() {
        List<String> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(2);
        while (true) {
            Page<String> page = page(TENANT, "items.all", request).get();
            assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
            seen.addAll(page.items());
            if (!page.hasNext()) {
                break;
            }
            request = request.after(page.next().get());
        }
        assertThat(seen).containsExactly("a-0", "a-3", "a-6", "b-1", "b-4", "c-2", "c-5");
    }

    @Test
    void a_full_last_page_has_no_cursor_because_the_extra_row_is_missing() {
        assertThat(page(TENANT, "items.all", PageRequest.first(7)).get().hasNext()).isFalse();
        assertThat(page(TENANT, "items.all", PageRequest.first(6)).get().hasNext()).isTrue();
    }

    @Test
    void a_cursor_of_another_tenant_another_query_or_another_shape_is_refused() {
        Cursor cursor = page(TENANT, "items.all", PageRequest.first(2)).get().next().get();
        assertThat(page(new TenantId("u"), "items.all", PageRequest.first(2).after(cursor)).getLeft())
                .isInstanceOf(Problem.Invalid.class);
        assertThat(page(TENANT, "items.other", PageRequest.first(2).after(cursor)).getLeft())
                .isInstanceOf(Problem.Invalid.class);
        assertThat(pager.after(TENANT, "items.all", PageRequest.first(2).after(cursor), 3).getLeft())
                .isInstanceOf(Problem.Invalid.class);
        assertThat(page(TENANT, "items.all", PageRequest.first(2).after(new Cursor("forged.cursor"))).getLeft())
                .isInstanceOf(Problem.Invalid.class);
    }
}
