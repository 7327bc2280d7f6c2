package dev.portside.testkit.realtime;

import dev.portside.testkit.time.MutableClock;
import static dev.portside.testkit.realtime.RealtimeFixtures.CURSORS;
import static dev.portside.testkit.realtime.RealtimeFixtures.T0;
import static dev.portside.testkit.realtime.RealtimeFixtures.connection;
import static dev.portside.testkit.realtime.RealtimeFixtures.freshTenant;
import static dev.portside.testkit.realtime.RealtimeFixtures.readAll;
import static dev.portside.testkit.realtime.RealtimeFixtures.right;
import static dev.portside.testkit.realtime.RealtimeFixtures.subscription;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.realtime.ConnectionId;
import dev.portside.domain.realtime.RequestId;
import dev.portside.domain.realtime.Subscription;
import dev.portside.domain.realtime.SubscriptionStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import java.util.Map;
import io.vavr.control.Option;
import dev.portside.domain.realtime.SubscriptionId;
import org.junit.jupiter.api.Test;

/** The contract of every {@link SubscriptionStore} adapter. */
public abstract class SubscriptionStoreContract {

    /** The adapter's stores over shared tables, reading time from {@code clock}; subscriptions need connections. */
    protected abstract RealtimeStores stores(Clock clock, CursorCodec cursors);

    private final MutableClock clock = new MutableClock(T0);
    private RealtimeStores stores;

    private SubscriptionStore store() {
        stores = stores(clock, CURSORS);
        return stores.subscriptions();
    }

    /** Opens the connections the subscriptions of a test belong to. */
    private void connect(TenantId tenant, String... ids) {
        for (String id : ids) {
            right(stores.connections().create(connection(tenant, id, "ann", T0)));
        }
    }

    /** {@code count} subscriptions s-0.. of request r-1 on connection c-1; the same ids under every tenant. */
    private List<Subscription> subscriptions(SubscriptionStore store, TenantId tenant, int count) {
        connect(tenant, "c-1");
        List<Subscription> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            made.add(right(store.create(subscription(tenant, "s-" + i, "c-1", "r-1", T0.plusSeconds(i)))));
        }
        return made;
    }

    @Property(tries = 12)
    void no_query_of_one_tenant_sees_the_other_tenants_subscriptions(@ForAll @IntRange(min = 1, max = 5) int ofA,
                                                                     @ForAll @IntRange(min = 1, max = 5) int ofB) {
        SubscriptionStore store = store();
        TenantId a = freshTenant();
        TenantId b = freshTenant();
        Map<TenantId, List<Subscription>> made = Map.of(a, subscriptions(store, a, ofA), b, subscriptions(store, b, ofB));

        for (TenantId tenant : List.of(a, b)) {
            List<Subscription> own = made.get(tenant);
            assertThat(readAll(2, p -> store.byConnection(tenant, new ConnectionId("c-1"), p)))
                    .containsExactlyInAnyOrderElementsOf(own);
            assertThat(readAll(2, p -> store.byRequest(tenant, new RequestId("r-1"), p)))
                    .containsExactlyInAnyOrderElementsOf(own);
            for (int i = 0; i < 5; i++) {
                Option<Subscription> found = right(store.find(tenant, new SubscriptionId("s-" + i)));
                assertThat(found.isDefined()).isEqualTo(i < own.size());
                found.forEach(s -> assertThat(s.tenant()).isEqualTo(tenant));
            }
        }
    }

    @Test
    void a_cursor_is_refused_for_another_tenant_another_query_or_altered_bytes() {
        SubscriptionStore store = store();
        TenantId owner = freshTenant();
        TenantId stranger = freshTenant();
        subscriptions(store, owner, 3);
        subscriptions(store, stranger, 3);
        dev.portside.testkit.isolation.PagedQueries.refuseForeignCursors(owner, stranger,
                (tenant, page) -> store.byConnection(tenant, new ConnectionId("c-1"), page),
                (tenant, page) -> store.byRequest(tenant, new RequestId("r-1"), page));
    }

    @Test
    void a_subscription_round_trips_and_its_id_cannot_be_reused() {
        SubscriptionStore store = store();
        Subscription made = subscription(freshTenant(), "s-1", "c-1", "r-1", T0);
        connect(made.tenant(), "c-1");
        assertThat(right(store.create(made))).isEqualTo(made);
        assertThat(right(store.find(made.tenant(), made.id())).get()).isEqualTo(made);
        assertThat(made.eventTypes()).containsExactly("progress", "completed");
        assertThat(store.create(made).getLeft()).isEqualTo(new Problem.AlreadyExists("subscription", "s-1"));
        assertThat(right(store.find(freshTenant(), made.id()))).isEmpty();
    }

    @Test
    void deleting_needs_the_stored_revision_and_a_missing_one_is_not_found() {
        SubscriptionStore store = store();
        TenantId tenant = freshTenant();
        connect(tenant, "c-1");
        Subscription made = right(store.create(subscription(tenant, "s-1", "c-1", "r-1", T0)));
        assertThat(store.delete(made.withRevision(new Revision(3))).getLeft())
                .isEqualTo(new Problem.Conflict("subscription", "s-1", new Revision(3), new Revision(1)));
        assertThat(right(store.delete(made))).isEqualTo(made);
        assertThat(store.delete(made).getLeft()).isEqualTo(new Problem.NotFound("subscription", "s-1"));
    }

    @Test
    void subscriptions_are_listed_by_connection_and_by_request_in_creation_order() {
        SubscriptionStore store = store();
        TenantId tenant = freshTenant();
        connect(tenant, "c-1", "c-2");
        Subscription late = right(store.create(subscription(tenant, "s-a", "c-1", "r-1", T0.plusSeconds(2))));
        Subscription early = right(store.create(subscription(tenant, "s-b", "c-1", "r-2", T0.plusSeconds(1))));
        Subscription elsewhere = right(store.create(subscription(tenant, "s-c", "c-2", "r-1", T0)));
        assertThat(right(store.byConnection(tenant, new ConnectionId("c-1"), PageRequest.first(10))).items())
                .containsExactly(early, late);
        assertThat(right(store.byRequest(tenant, new RequestId("r-1"), PageRequest.first(10))).items())
                .containsExactly(elsewhere, late);
        assertThat(right(store.byRequest(freshTenant(), new RequestId("r-1"), PageRequest.first(10))).items())
                .isEmpty();
    }

    @Test
    void expired_subscriptions_are_invisible_but_listed_for_cleanup() {
        SubscriptionStore store = store();
        TenantId tenant = freshTenant();
        connect(tenant, "c-1");
        Subscription old = right(store.create(subscription(tenant, "old", "c-1", "r-1", T0)));
        Subscription fresh = right(store.create(subscription(tenant, "new", "c-1", "r-1", T0.plus(Duration.ofHours(20)))));
        clock.advance(Duration.ofHours(25));
        assertThat(right(store.find(tenant, old.id()))).isEmpty();
        assertThat(right(store.byConnection(tenant, old.connection(), PageRequest.first(10))).items())
                .containsExactly(fresh);
        assertThat(right(store.byRequest(tenant, old.request(), PageRequest.first(10))).items())
                .containsExactly(fresh);
        assertThat(right(store.expired(tenant))).containsExactly(old);
    }

    @Test
    void a_subscription_needs_its_connection_live_when_it_is_written() {
        SubscriptionStore store = store();
        TenantId tenant = freshTenant();
        connect(tenant, "c-1", "c-2");
        assertThat(store.create(subscription(tenant, "s-0", "nobody", "r-1", T0)).getLeft())
                .isEqualTo(new Problem.NotFound("connection", "nobody"));
        Subscription made = right(store.create(subscription(tenant, "s-1", "c-1", "r-1", T0)));
        assertThat(store.create(made).getLeft()).isEqualTo(new Problem.AlreadyExists("subscription", "s-1"));
        right(stores.connections().delete(right(stores.connections().find(tenant, new ConnectionId("c-1"))).get()));
        assertThat(store.create(subscription(tenant, "s-2", "c-1", "r-1", T0)).getLeft())
                .isEqualTo(new Problem.NotFound("connection", "c-1"));
        assertThat(store.create(subscription(tenant, "s-1", "c-1", "r-1", T0)).getLeft())
                .isEqualTo(new Problem.NotFound("connection", "c-1"));
        clock.advance(Duration.ofHours(25));
        assertThat(store.create(subscription(tenant, "s-3", "c-2", "r-1", clock.instant())).getLeft())
                .isEqualTo(new Problem.NotFound("connection", "c-2"));
    }

    /** Fills connection c-1 with the most live subscriptions it may hold, made at {@code at}. */
    private List<Subscription> fill(SubscriptionStore store, TenantId tenant, String prefix, java.time.Instant at) {
        List<Subscription> made = new ArrayList<>();
        for (int i = 0; i < Subscription.MAX_PER_CONNECTION; i++) {
            made.add(right(store.create(subscription(tenant, prefix + i, "c-1", "r-" + (i % 3), at))));
        }
        return made;
    }

    @Test
    void a_connection_holds_at_most_the_limit_of_live_subscriptions() {
        SubscriptionStore store = store();
        TenantId tenant = freshTenant();
        connect(tenant, "c-1", "c-2");
        List<Subscription> made = fill(store, tenant, "s-", T0);

        Problem refused = store.create(subscription(tenant, "over", "c-1", "r-1", T0)).getLeft();

        assertThat(refused).isInstanceOfSatisfying(Problem.Rejected.class,
                r -> assertThat(r.rule()).isEqualTo(Subscription.PER_CONNECTION_RULE));
        assertThat(refused.message()).doesNotContain("over");
        assertThat(right(store.find(tenant, new SubscriptionId("over")))).isEmpty();
        assertThat(right(store.create(subscription(tenant, "other", "c-2", "r-1", T0))).id().value())
                .as("another connection is not affected").isEqualTo("other");
        right(store.delete(made.get(7)));
        assertThat(right(store.create(subscription(tenant, "over", "c-1", "r-1", T0))).id().value())
                .as("an unsubscribe frees a place").isEqualTo("over");
        assertThat(store.create(subscription(tenant, "over-2", "c-1", "r-1", T0)).getLeft())
                .isInstanceOf(Problem.Rejected.class);
    }

    @Test
    void expired_subscriptions_do_not_count_toward_the_limit() {
        SubscriptionStore store = store();
        TenantId tenant = freshTenant();
        connect(tenant, "c-1");
        fill(store, tenant, "old-", T0);
        clock.advance(Duration.ofHours(23));
        var connections = stores.connections();
        right(connections.save(right(connections.find(tenant, new ConnectionId("c-1"))).get()
                .touch(clock.instant(), RealtimeFixtures.POLICY.connectionTtl())));
        clock.advance(Duration.ofHours(2));

        Subscription fresh = right(store.create(subscription(tenant, "fresh", "c-1", "r-1", clock.instant())));

        assertThat(right(store.byConnection(tenant, new ConnectionId("c-1"), PageRequest.first(10))).items())
                .containsExactly(fresh);
    }

    @Test
    void a_disconnect_removes_the_connection_and_exactly_its_live_subscriptions() {
        SubscriptionStore store = store();
        TenantId tenant = freshTenant();
        connect(tenant, "c-1", "c-2");
        Subscription expired = right(store.create(subscription(tenant, "expired", "c-1", "r-1", T0)));
        clock.advance(Duration.ofHours(23));
        var connections = stores.connections();
        var c1 = right(connections.save(right(connections.find(tenant, new ConnectionId("c-1"))).get()
                .touch(clock.instant(), RealtimeFixtures.POLICY.connectionTtl())));
        Subscription kept = right(store.create(subscription(tenant, "kept", "c-2", "r-1", clock.instant())));
        List<Subscription> live = List.of(
                right(store.create(subscription(tenant, "a", "c-1", "r-1", clock.instant()))),
                right(store.create(subscription(tenant, "b", "c-1", "r-2", clock.instant()))));
        Subscription unsubscribed = right(store.create(subscription(tenant, "c", "c-1", "r-1", clock.instant())));
        right(store.delete(unsubscribed));
        clock.advance(Duration.ofHours(2));

        assertThat(store.disconnect(c1.withRevision(c1.revision().next())).getLeft())
                .isInstanceOf(Problem.Conflict.class);
        assertThat(right(store.disconnect(c1))).isEqualTo(live.size());

        assertThat(right(connections.find(tenant, c1.id()))).isEmpty();
        for (Subscription gone : live) {
            assertThat(right(store.find(tenant, gone.id()))).isEmpty();
        }
        assertThat(right(store.find(tenant, kept.id()))).contains(kept);
        assertThat(right(store.expired(tenant))).as("an expired one is left to cleanup").containsExactly(expired);
        assertThat(store.disconnect(c1).getLeft()).isEqualTo(new Problem.NotFound("connection", "c-1"));
        assertThat(store.create(subscription(tenant, "late", "c-1", "r-1", clock.instant())).getLeft())
                .isEqualTo(new Problem.NotFound("connection", "c-1"));
    }

    @Property(tries = 15)
    void paging_returns_every_subscription_once_in_order(
            @ForAll @IntRange(min = 0, max = 25) int count, @ForAll @IntRange(min = 1, max = 7) int limit) {
        stores = stores(new MutableClock(T0), CURSORS);
        SubscriptionStore store = stores.subscriptions();
        TenantId tenant = freshTenant();
        connect(tenant, "c-1");
        List<Subscription> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            made.add(right(store.create(subscription(tenant, "s-" + (i * 5 % 7) + "-" + i, "c-1", "r-1",
                    T0.minusMillis(i % 3)))));
        }
        made.sort(Comparator.comparing(Subscription::createdAt).thenComparing(s -> s.id().value()));
        assertThat(readAll(limit, page -> store.byConnection(tenant, new ConnectionId("c-1"), page)))
                .containsExactlyElementsOf(made);
        assertThat(readAll(limit, page -> store.byRequest(tenant, new RequestId("r-1"), page)))
                .containsExactlyElementsOf(made);
    }
}
