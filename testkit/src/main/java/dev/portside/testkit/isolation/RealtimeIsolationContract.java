package dev.portside.testkit.isolation;

import static dev.portside.testkit.realtime.RealtimeFixtures.CURSORS;
import static dev.portside.testkit.realtime.RealtimeFixtures.POLICY;
import static dev.portside.testkit.realtime.RealtimeFixtures.T0;
import static dev.portside.testkit.realtime.RealtimeFixtures.readAll;
import static dev.portside.testkit.realtime.RealtimeFixtures.right;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.UserId;
import dev.portside.domain.realtime.AsyncRequest;
import dev.portside.domain.realtime.Connection;
import dev.portside.domain.realtime.ConnectionId;
import dev.portside.domain.realtime.Endpoint;
import dev.portside.domain.realtime.JsonPayload;
import dev.portside.domain.realtime.RequestId;
import dev.portside.domain.realtime.RequestStatus;
import dev.portside.domain.realtime.Subscription;
import dev.portside.domain.realtime.SubscriptionId;
import dev.portside.testkit.realtime.RealtimeFixtures;
import dev.portside.testkit.realtime.RealtimeStores;
import dev.portside.testkit.time.MutableClock;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Connections, requests and subscriptions are tenant-scoped on every adapter: random ones written under two tenants
 * with the same ids, users and connections — some long expired, some live, some requests claimed — are never
 * answered to the other tenant: not by a lookup, a listing by user, tenant, connection, request or status, a cleanup
 * listing (stale connections, expired requests and subscriptions), nor a claim, which takes only the claiming
 * tenant's work; and every paged query refuses a cursor from another tenant, another query or with altered bytes.
 * Each tenant's endpoints, payloads and event types name the tenant, so an item answered across tenants shows even
 * where the ids match.
 */
public abstract class RealtimeIsolationContract {

    private static final Duration LEASE = Duration.ofMinutes(5);
    /** When the live items were made; at {@link #NOW} the ones made at {@code T0} have all expired. */
    private static final Instant FRESH = T0.plus(Duration.ofDays(7)).plus(Duration.ofHours(12));
    private static final Instant NOW = T0.plus(Duration.ofDays(8));

    /** The adapter's three stores over shared tables, reading time from {@code clock}. */
    protected abstract RealtimeStores stores(Clock clock, CursorCodec cursors);

    private record Written(Map<ConnectionId, Connection> connections, Map<RequestId, AsyncRequest> requests,
                           Map<SubscriptionId, Subscription> subscriptions) {
    }

    private static Instant at(int spec) {
        return spec / 7 % 2 == 0 ? T0 : FRESH;
    }

    /**
     * Connections c0..c2 of users u0/u1, requests r0..r3 on them (some claimed) and subscriptions s0..s3 to them,
     * each made at {@code T0} (expired by {@link #NOW}) or at {@link #FRESH}; the first spec of each id wins.
     */
    private Written write(RealtimeStores stores, TenantId tenant, List<Integer> specs) {
        Map<ConnectionId, Connection> connections = new LinkedHashMap<>();
        Map<RequestId, AsyncRequest> requests = new LinkedHashMap<>();
        Map<SubscriptionId, Subscription> subscriptions = new LinkedHashMap<>();
        for (int spec : specs) {
            ConnectionId id = new ConnectionId("c" + spec % 3);
            if (!connections.containsKey(id)) {
                connections.put(id, right(stores.connections().create(Connection.open(id, tenant,
                        new UserId("u" + spec / 3 % 2), new Endpoint("wss://hub.example.com/ws/" + tenant.value()),
                        at(spec), POLICY.connectionTtl()))));
            }
        }
        List<Connection> open = new ArrayList<>(connections.values());
        for (int spec : specs) {
            if (open.isEmpty()) {
                break;
            }
            Connection on = open.get(spec / 5 % open.size());
            RequestId request = new RequestId("r" + spec % 4);
            if (!requests.containsKey(request)) {
                AsyncRequest made = right(stores.queue().create(AsyncRequest.pending(request, on, "render",
                        new JsonPayload("{\"tenant\":\"" + tenant.value() + "\"}"), at(spec), POLICY.requestTtl())));
                if (spec / 11 % 2 == 1) {
                    made = right(stores.queue().save(made.claim(at(spec), LEASE).get()));
                }
                requests.put(request, made);
            }
            SubscriptionId subscription = new SubscriptionId("s" + spec % 4);
            if (!subscriptions.containsKey(subscription)) {
                subscriptions.put(subscription, right(stores.subscriptions().create(Subscription.make(subscription,
                        tenant, on.id(), new RequestId("r" + spec / 4 % 4), List.of("progress", tenant.value()),
                        at(spec), POLICY.subscriptionTtl()))));
            }
        }
        return new Written(connections, requests, subscriptions);
    }

    private static <T> List<T> where(Map<?, T> items, Predicate<T> filter) {
        return items.values().stream().filter(filter).toList();
    }

    private static void connectionsOf(TenantId owner, List<Connection> items) {
        assertThat(items).allSatisfy(c -> {
            assertThat(c.tenant()).isEqualTo(owner);
            assertThat(c.endpoint().url()).endsWith("/" + owner.value());
        });
    }

    private static void requestsOf(TenantId owner, List<AsyncRequest> items) {
        assertThat(items).allSatisfy(r -> {
            assertThat(r.tenant()).isEqualTo(owner);
            assertThat(r.payload().json()).contains(owner.value());
        });
    }

    private static void subscriptionsOf(TenantId owner, List<Subscription> items) {
        assertThat(items).allSatisfy(s -> {
            assertThat(s.tenant()).isEqualTo(owner);
            assertThat(s.eventTypes()).contains(owner.value());
        });
    }

    @Property(tries = 8)
    void no_lookup_listing_cleanup_or_claim_of_one_tenant_answers_the_others_connections_requests_or_subscriptions(
            @ForAll @Size(max = 10) List<@IntRange(max = 100) Integer> specsOfA,
            @ForAll @Size(max = 10) List<@IntRange(max = 100) Integer> specsOfB) {
        MutableClock clock = new MutableClock(T0);
        RealtimeStores stores = stores(clock, CURSORS);
        TenantId a = RealtimeFixtures.freshTenant();
        TenantId b = RealtimeFixtures.freshTenant();
        Map<TenantId, Written> written = Map.of(a, write(stores, a, specsOfA), b, write(stores, b, specsOfB));
        clock.advance(Duration.between(T0, NOW));
        for (TenantId owner : List.of(a, b)) {
            Written own = written.get(owner);
            for (int i = 0; i < 4; i++) {
                ConnectionId connection = new ConnectionId("c" + i);
                assertThat(right(stores.connections().find(owner, connection))).isEqualTo(Option.of(
                        own.connections().get(connection)).filter(c -> c.isLive(NOW)));
                RequestId request = new RequestId("r" + i);
                assertThat(right(stores.queue().find(owner, request))).isEqualTo(Option.of(own.requests().get(request))
                        .filter(r -> r.isLive(NOW)));
                SubscriptionId subscription = new SubscriptionId("s" + i);
                assertThat(right(stores.subscriptions().find(owner, subscription))).isEqualTo(Option.of(
                        own.subscriptions().get(subscription)).filter(s -> s.isLive(NOW)));

                List<AsyncRequest> onConnection = readAll(2, p -> stores.queue().byConnection(owner, connection, p));
                requestsOf(owner, onConnection);
                assertThat(onConnection).containsExactlyInAnyOrderElementsOf(where(own.requests(),
                        r -> r.connection().equals(connection) && r.isLive(NOW)));
                List<Subscription> subscribed = readAll(2, p -> stores.subscriptions().byConnection(owner, connection,
                        p));
                subscriptionsOf(owner, subscribed);
                assertThat(subscribed).containsExactlyInAnyOrderElementsOf(where(own.subscriptions(),
                        s -> s.connection().equals(connection) && s.isLive(NOW)));
                List<Subscription> toRequest = readAll(2, p -> stores.subscriptions().byRequest(owner, request, p));
                subscriptionsOf(owner, toRequest);
                assertThat(toRequest).containsExactlyInAnyOrderElementsOf(where(own.subscriptions(),
                        s -> s.request().equals(request) && s.isLive(NOW)));
            }
            for (UserId user : List.of(new UserId("u0"), new UserId("u1"))) {
                List<Connection> ofUser = readAll(2, p -> stores.connections().byUser(owner, user, p));
                connectionsOf(owner, ofUser);
                assertThat(ofUser).containsExactlyInAnyOrderElementsOf(where(own.connections(),
                        c -> c.user().equals(user) && c.isLive(NOW)));
            }
            List<Connection> ofTenant = readAll(2, p -> stores.connections().byTenant(owner, p));
            connectionsOf(owner, ofTenant);
            assertThat(ofTenant).containsExactlyInAnyOrderElementsOf(where(own.connections(), c -> c.isLive(NOW)));
            for (RequestStatus status : List.of(RequestStatus.PENDING, RequestStatus.PROCESSING)) {
                List<AsyncRequest> ofStatus = readAll(2, p -> stores.queue().byStatus(owner, status, p));
                requestsOf(owner, ofStatus);
                assertThat(ofStatus).containsExactlyInAnyOrderElementsOf(where(own.requests(),
                        r -> r.status() == status && r.isLive(NOW)));
            }
            List<Connection> stale = right(stores.connections().staleOrExpired(owner, T0.plus(Duration.ofHours(1))));
            connectionsOf(owner, stale);
            assertThat(stale).extracting(Connection::id).containsExactlyInAnyOrderElementsOf(where(own.connections(),
                    c -> !c.isLive(NOW)).stream().map(Connection::id).toList());
            List<AsyncRequest> expiredRequests = right(stores.queue().expired(owner));
            requestsOf(owner, expiredRequests);
            assertThat(expiredRequests).extracting(AsyncRequest::id).containsExactlyInAnyOrderElementsOf(
                    where(own.requests(), r -> !r.isLive(NOW)).stream().map(AsyncRequest::id).toList());
            List<Subscription> expiredSubscriptions = right(stores.subscriptions().expired(owner));
            subscriptionsOf(owner, expiredSubscriptions);
            assertThat(expiredSubscriptions).extracting(Subscription::id).containsExactlyInAnyOrderElementsOf(
                    where(own.subscriptions(), s -> !s.isLive(NOW)).stream().map(Subscription::id).toList());
        }
        // claims under one tenant take only its own live work, and leave the other's untouched
        List<AsyncRequest> claimableOfA = where(written.get(a).requests(), r -> r.isLive(NOW) && r.isClaimable(NOW));
        for (int i = 0; i <= claimableOfA.size(); i++) {
            Option<AsyncRequest> claimed = right(stores.queue().claimOldestPending(a, NOW, LEASE));
            requestsOf(a, claimed.toJavaList());
            assertThat(claimed.isDefined()).isEqualTo(i < claimableOfA.size());
        }
        for (AsyncRequest theirs : where(written.get(b).requests(), r -> r.isLive(NOW))) {
            assertThat(right(stores.queue().find(b, theirs.id()))).isEqualTo(Option.of(theirs));
        }
    }

    @Test
    void cursors_of_every_realtime_listing_keep_to_their_tenant_and_query() {
        MutableClock clock = new MutableClock(T0);
        RealtimeStores stores = stores(clock, CURSORS);
        TenantId owner = RealtimeFixtures.freshTenant();
        TenantId stranger = RealtimeFixtures.freshTenant();
        // c0..c2 of u0, pending requests r0..r3 on c0, subscriptions s0..s3 on c0 to r0
        List<Integer> specs = List.of(0, 1, 2, 3);
        for (TenantId tenant : List.of(owner, stranger)) {
            write(stores, tenant, specs);
        }
        ConnectionId c0 = new ConnectionId("c0");
        PagedQueries.refuseForeignCursors(owner, stranger,
                (t, page) -> stores.connections().byUser(t, new UserId("u0"), page),
                (t, page) -> stores.connections().byUser(t, new UserId("u1"), page));
        PagedQueries.refuseForeignCursors(owner, stranger,
                (t, page) -> stores.connections().byTenant(t, page),
                (t, page) -> stores.connections().byUser(t, new UserId("u0"), page));
        PagedQueries.refuseForeignCursors(owner, stranger,
                (t, page) -> stores.queue().byConnection(t, c0, page),
                (t, page) -> stores.queue().byConnection(t, new ConnectionId("c1"), page));
        PagedQueries.refuseForeignCursors(owner, stranger,
                (t, page) -> stores.queue().byStatus(t, RequestStatus.PENDING, page),
                (t, page) -> stores.queue().byStatus(t, RequestStatus.PROCESSING, page));
        PagedQueries.refuseForeignCursors(owner, stranger,
                (t, page) -> stores.subscriptions().byConnection(t, c0, page),
                (t, page) -> stores.subscriptions().byConnection(t, new ConnectionId("c1"), page));
        PagedQueries.refuseForeignCursors(owner, stranger,
                (t, page) -> stores.subscriptions().byRequest(t, new RequestId("r0"), page),
                (t, page) -> stores.subscriptions().byConnection(t, c0, page));
    }
}
