package dev.portside.testkit.realtime;

import dev.portside.testkit.time.MutableClock;
import static dev.portside.testkit.realtime.RealtimeFixtures.CURSORS;
import static dev.portside.testkit.realtime.RealtimeFixtures.T0;
import static dev.portside.testkit.realtime.RealtimeFixtures.connection;
import static dev.portside.testkit.realtime.RealtimeFixtures.freshTenant;
import static dev.portside.testkit.realtime.RealtimeFixtures.readAll;
import static dev.portside.testkit.realtime.RealtimeFixtures.right;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.realtime.Connection;
import dev.portside.domain.realtime.ConnectionId;
import dev.portside.domain.realtime.ConnectionStore;
import dev.portside.domain.kernel.UserId;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The contract of every {@link ConnectionStore} adapter. */
public abstract class ConnectionStoreContract {

    /** A store over shared tables, reading time from {@code clock}. */
    protected abstract ConnectionStore connections(Clock clock, CursorCodec cursors);

    private final MutableClock clock = new MutableClock(T0);

    private ConnectionStore store() {
        return connections(clock, CURSORS);
    }

    @Test
    void a_created_connection_is_found_as_it_was_stored_with_the_first_revision() {
        ConnectionStore store = store();
        Connection made = connection(freshTenant(), "c-1", "ann", T0);
        assertThat(right(store.create(made))).isEqualTo(made);
        assertThat(right(store.find(made.tenant(), made.id())).get()).isEqualTo(made);
        assertThat(made.revision()).isEqualTo(Revision.INITIAL);
    }

    @Test
    void creating_an_existing_id_is_refused_and_keeps_the_first() {
        ConnectionStore store = store();
        Connection first = connection(freshTenant(), "c-1", "ann", T0);
        right(store.create(first));
        assertThat(store.create(connection(first.tenant(), "c-1", "bob", T0)).getLeft())
                .isEqualTo(new Problem.AlreadyExists("connection", "c-1"));
        assertThat(right(store.find(first.tenant(), first.id())).get().user()).isEqualTo(new UserId("ann"));
    }

    @Test
    void the_same_id_in_two_tenants_is_two_connections() {
        ConnectionStore store = store();
        Connection a = right(store.create(connection(freshTenant(), "c-1", "ann", T0)));
        Connection b = right(store.create(connection(freshTenant(), "c-1", "bob", T0)));
        assertThat(right(store.find(a.tenant(), a.id())).get()).isEqualTo(a);
        assertThat(right(store.find(b.tenant(), b.id())).get()).isEqualTo(b);
        assertThat(right(store.byTenant(a.tenant(), PageRequest.first(10))).items()).containsExactly(a);
    }

    @Test
    void saving_advances_the_revision_and_a_stale_save_is_a_conflict_with_both_revisions() {
        ConnectionStore store = store();
        Connection made = right(store.create(connection(freshTenant(), "c-1", "ann", T0)));
        Connection touched = made.touch(T0.plusSeconds(30), Duration.ofHours(24));
        Connection saved = right(store.save(touched));
        assertThat(saved.revision()).isEqualTo(new Revision(2));
        assertThat(right(store.find(made.tenant(), made.id())).get()).isEqualTo(saved);
        assertThat(store.save(touched).getLeft())
                .isEqualTo(new Problem.Conflict("connection", "c-1", new Revision(1), new Revision(2)));
    }

    @Test
    void saving_or_deleting_a_missing_connection_is_not_found() {
        ConnectionStore store = store();
        Connection ghost = connection(freshTenant(), "ghost", "ann", T0);
        assertThat(store.save(ghost).getLeft()).isEqualTo(new Problem.NotFound("connection", "ghost"));
        assertThat(store.delete(ghost).getLeft()).isEqualTo(new Problem.NotFound("connection", "ghost"));
    }

    @Test
    void deleting_needs_the_stored_revision() {
        ConnectionStore store = store();
        Connection made = right(store.create(connection(freshTenant(), "c-1", "ann", T0)));
        Connection saved = right(store.save(made.touch(T0.plusSeconds(1), Duration.ofHours(24))));
        assertThat(store.delete(made).getLeft()).isInstanceOf(Problem.Conflict.class);
        assertThat(right(store.delete(saved))).isEqualTo(saved);
        assertThat(right(store.find(made.tenant(), made.id()))).isEmpty();
    }

    @Test
    void an_expired_connection_is_invisible_to_reads_but_listed_for_cleanup() {
        ConnectionStore store = store();
        TenantId tenant = freshTenant();
        Connection old = right(store.create(connection(tenant, "old", "ann", T0)));
        Connection fresh = right(store.create(connection(tenant, "fresh", "ann", T0.plus(Duration.ofHours(12)))));
        clock.advance(Duration.ofHours(25));
        assertThat(right(store.find(tenant, old.id()))).isEmpty();
        assertThat(right(store.byUser(tenant, old.user(), PageRequest.first(10))).items()).containsExactly(fresh);
        assertThat(right(store.byTenant(tenant, PageRequest.first(10))).items()).containsExactly(fresh);
        assertThat(right(store.staleOrExpired(tenant, T0.plusSeconds(1)))).containsExactly(old);
        assertThat(right(store.staleOrExpired(tenant, T0.plus(Duration.ofHours(13)))))
                .containsExactlyInAnyOrder(old, fresh);
    }

    @Test
    void listing_by_user_shows_only_that_users_connections_in_connection_order() {
        ConnectionStore store = store();
        TenantId tenant = freshTenant();
        Connection second = right(store.create(connection(tenant, "a-2", "ann", T0.plusSeconds(2))));
        Connection first = right(store.create(connection(tenant, "z-1", "ann", T0.plusSeconds(1))));
        Connection tie = right(store.create(connection(tenant, "b-2", "ann", T0.plusSeconds(2))));
        right(store.create(connection(tenant, "bob-1", "bob", T0)));
        clock.advance(Duration.ofSeconds(5));
        assertThat(right(store.byUser(tenant, new UserId("ann"), PageRequest.first(10))).items())
                .containsExactly(first, second, tie);
    }

    @Test
    void a_forged_or_foreign_cursor_is_invalid() {
        ConnectionStore store = store();
        TenantId tenant = freshTenant();
        for (int i = 0; i < 3; i++) {
            right(store.create(connection(tenant, "c-" + i, "ann", T0)));
        }
        Page<Connection> page = right(store.byTenant(tenant, PageRequest.first(2)));
        assertThat(page.hasNext()).isTrue();
        PageRequest next = PageRequest.first(2).after(page.next().get());
        assertThat(store.byTenant(freshTenant(), next).getLeft()).isInstanceOf(Problem.Invalid.class);
        assertThat(store.byUser(tenant, new UserId("ann"), next).getLeft()).isInstanceOf(Problem.Invalid.class);
        PageRequest forged = PageRequest.first(2).after(new dev.portside.domain.kernel.Cursor("Zm9v.YmFy"));
        assertThat(store.byTenant(tenant, forged).getLeft()).isInstanceOf(Problem.Invalid.class);
    }

    @Property(tries = 15)
    void paging_through_a_tenant_returns_every_live_connection_once_in_order(
            @ForAll @IntRange(min = 0, max = 25) int live, @ForAll @IntRange(min = 0, max = 5) int expired,
            @ForAll @IntRange(min = 1, max = 7) int limit) {
        MutableClock local = new MutableClock(T0);
        ConnectionStore store = connections(local, CURSORS);
        TenantId tenant = freshTenant();
        for (int i = 0; i < expired; i++) {
            right(store.create(connection(tenant, "x-" + i, "ann", T0.minus(Duration.ofHours(30)))));
        }
        List<Connection> expected = new ArrayList<>();
        for (int i = 0; i < live; i++) {
            expected.add(right(store.create(connection(tenant, "c-" + (i * 7 % 11) + "-" + i, "ann",
                    T0.plusMillis(i % 4)))));
        }
        expected.sort(Comparator.comparing(Connection::connectedAt).thenComparing(c -> c.id().value()));
        assertThat(readAll(limit, page -> store.byTenant(tenant, page))).containsExactlyElementsOf(expected);
        assertThat(readAll(limit, page -> store.byUser(tenant, new UserId("ann"), page)))
                .containsExactlyElementsOf(expected);
        assertThat(right(store.find(tenant, new ConnectionId("x-0"))).isEmpty() || expired == 0).isTrue();
    }
}
