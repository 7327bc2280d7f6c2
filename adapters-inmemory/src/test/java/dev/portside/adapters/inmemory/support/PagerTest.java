package dev.portside.adapters.inmemory.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.kernel.Cursor;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PagerTest {

    private static final TenantId TENANT = new TenantId("acme");
    private static final Pager PAGER = new Pager(CursorCodec.fromSecret("pager test secret"));

    private static Page<String> page(List<String> rows, Pager.Order order, PageRequest request) {
        return PAGER.page(TENANT, "letters", rows, Function.identity(), order, request).get();
    }

    @Test
    void walksEveryRowOnceInCodePointOrderWhateverTheInputOrder() {
        List<String> rows = List.of("b", "\uD83D\uDE00", "a", "\uFFFD", "c");
        List<String> seen = new ArrayList<>();
        Page<String> page = page(rows, Pager.Order.ASCENDING, PageRequest.first(2));
        seen.addAll(page.items());
        while (page.hasNext()) {
            page = page(rows, Pager.Order.ASCENDING, PageRequest.first(2).after(page.next().get()));
            seen.addAll(page.items());
        }
        assertThat(seen).containsExactly("a", "b", "c", "\uFFFD", "\uD83D\uDE00");
    }

    @Test
    void aPageResumesAfterItsLastKeyEvenWhenRowsArriveBeforeIt() {
        Page<String> first = page(List.of("m", "n", "o", "p"), Pager.Order.DESCENDING, PageRequest.first(2));
        assertThat(first.items()).containsExactly("p", "o");
        Page<String> second = page(List.of("a", "m", "n", "o", "p", "q"), Pager.Order.DESCENDING,
                PageRequest.first(2).after(first.next().get()));
        assertThat(second.items()).containsExactly("n", "m");
        assertThat(second.hasNext()).isTrue();
    }

    @Test
    void theLastPageHasNoCursorEvenWhenItIsFull() {
        Page<String> page = page(List.of("a", "b"), Pager.Order.ASCENDING, PageRequest.first(2));
        assertThat(page.items()).containsExactly("a", "b");
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void refusesACursorOfAnotherTenantOrQuery() {
        Cursor cursor = page(List.of("a", "b", "c"), Pager.Order.ASCENDING, PageRequest.first(1)).next().get();
        assertThat(PAGER.page(new TenantId("other"), "letters", List.of("a"), Function.identity(),
                Pager.Order.ASCENDING, PageRequest.first(1).after(cursor)).getLeft()).isInstanceOf(Problem.Invalid.class);
        assertThat(PAGER.page(TENANT, "digits", List.of("a"), Function.identity(),
                Pager.Order.ASCENDING, PageRequest.first(1).after(cursor)).getLeft()).isInstanceOf(Problem.Invalid.class);
    }

    @Test
    void refusesATamperedOrForgedCursor() {
        Cursor cursor = page(List.of("a", "b", "c"), Pager.Order.ASCENDING, PageRequest.first(1)).next().get();
        String token = cursor.token();
        Cursor tampered = new Cursor("Yg" + token.substring(token.indexOf('.')));
        Cursor forged = new Cursor(new CursorCodec("another signing key".getBytes()).encode(TENANT, "letters", "a")
                .token());
        for (Cursor bad : List.of(tampered, forged, new Cursor("not-a-cursor"))) {
            assertThat(PAGER.page(TENANT, "letters", List.of("a", "b"), Function.identity(), Pager.Order.ASCENDING,
                    PageRequest.first(1).after(bad)).getLeft()).isInstanceOf(Problem.Invalid.class);
        }
    }
}
