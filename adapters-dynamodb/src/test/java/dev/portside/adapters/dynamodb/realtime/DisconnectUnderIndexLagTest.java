package dev.portside.adapters.dynamodb.realtime;

import static dev.portside.testkit.realtime.RealtimeFixtures.right;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.application.realtime.RealtimeCommands.AddSubscription;
import dev.portside.application.realtime.RealtimeCommands.CloseConnection;
import dev.portside.application.realtime.RealtimeCommands.EnqueueRequest;
import dev.portside.application.realtime.RealtimeCommands.OpenConnection;
import dev.portside.application.realtime.RealtimeCommands.RunCleanup;
import dev.portside.application.realtime.RealtimeHub;
import dev.portside.domain.kernel.IdGenerator;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.realtime.AsyncRequest;
import dev.portside.domain.realtime.Connection;
import dev.portside.domain.realtime.Subscription;
import dev.portside.testkit.realtime.RealtimeFixtures;
import dev.portside.testkit.time.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The disconnect cascade while the subscriptions table's indexes lag (the test server's lag mode): every
 * subscription made before the disconnect is removed, however late ConnectionIndex shows it, because the cascade
 * reads the connection item's set of subscription ids consistently. A connection item written before the set
 * existed falls back to ConnectionIndex.
 */
class DisconnectUnderIndexLagTest {

    @RegisterExtension
    static final DynamoDbBackend BACKEND = DynamoDbBackend.shared();

    private final DynamoDbClient client = BACKEND.client();
    private final RealtimeTables tables = RealtimeTestTables.of(client);
    private final MutableClock clock = new MutableClock(RealtimeFixtures.T0);
    private final TenantId tenant = RealtimeFixtures.freshTenant();
    private final DynamoConnectionStore connections = new DynamoConnectionStore(client, tables, clock,
            RealtimeFixtures.CURSORS);
    private final DynamoSubscriptionStore subscriptions = new DynamoSubscriptionStore(client, tables, clock,
            RealtimeFixtures.CURSORS);
    private final RealtimeHub hub = new RealtimeHub(connections,
            new DynamoRequestQueue(client, tables, clock, RealtimeFixtures.CURSORS), subscriptions, clock,
            IdGenerator.random(), RealtimeFixtures.POLICY);

    private void lag() {
        BACKEND.control(tables.subscriptions(), Map.of("indexLagMs", 60_000L));
    }

    @AfterEach
    void noLag() {
        BACKEND.control(tables.subscriptions(), Map.of("indexLagMs", 0L));
    }

    private Connection open(String id) {
        return right(hub.connections().open(new OpenConnection(tenant.value(), id, "ann", "wss://hub.example.com/ws")));
    }

    private List<Subscription> subscribe(Connection connection, int count) {
        AsyncRequest request = right(hub.requests().enqueue(new EnqueueRequest(tenant.value(),
                connection.id().value(), "render", "{}")));
        List<Subscription> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            made.add(right(hub.subscriptions().add(new AddSubscription(tenant.value(), connection.id().value(),
                    request.id().value(), List.of("progress")))));
        }
        return made;
    }

    private void assertNoneLeft(List<Subscription> made) {
        for (Subscription subscription : made) {
            assertThat(client.getItem(b -> b.tableName(tables.subscriptions()).consistentRead(true)
                    .key(ItemMapper.key(tenant, subscription.id().value()))).item())
                    .as("subscription %s is still stored (consistent read)", subscription.id().value()).isEmpty();
        }
    }

    @Test
    void a_disconnect_removes_subscriptions_the_lagging_index_does_not_show_yet() {
        Connection connection = open("lagging");
        List<Subscription> before = subscribe(connection, 2);
        lag();
        List<Subscription> during = subscribe(connection, 3);

        var closed = right(hub.connections().close(new CloseConnection(tenant.value(), connection.id().value())));

        assertThat(closed.subscriptionsRemoved()).isEqualTo(5);
        List<Subscription> all = new ArrayList<>(before);
        all.addAll(during);
        assertNoneLeft(all);
        assertThat(client.getItem(b -> b.tableName(tables.connections()).consistentRead(true)
                .key(ItemMapper.key(tenant, connection.id().value()))).item()).isEmpty();
    }

    @Test
    void cleanup_removes_a_stale_connection_with_subscriptions_the_lagging_index_does_not_show_yet() {
        Connection connection = open("stale");
        lag();
        List<Subscription> made = subscribe(connection, 3);
        clock.advance(Duration.ofMinutes(30));

        var report = right(hub.cleanup(new RunCleanup(tenant.value(), Duration.ofMinutes(10), false)));

        assertThat(report.staleConnections()).isEqualTo(1);
        assertThat(report.subscriptionsOfStaleConnections()).isEqualTo(3);
        assertNoneLeft(made);
    }

    @Test
    void a_subscription_removed_before_the_disconnect_is_not_counted_and_frees_its_place() {
        Connection connection = open("unsubscribed");
        lag();
        List<Subscription> made = subscribe(connection, 2);
        right(subscriptions.delete(made.get(0)));
        Map<String, AttributeValue> item = client.getItem(b -> b.tableName(tables.connections()).consistentRead(true)
                .key(ItemMapper.key(tenant, connection.id().value()))).item();
        assertThat(item.get(ConnectionItems.SUBSCRIPTIONS).ss()).containsExactly(made.get(1).id().value());

        var closed = right(hub.connections().close(new CloseConnection(tenant.value(), connection.id().value())));

        assertThat(closed.subscriptionsRemoved()).isEqualTo(1);
        assertNoneLeft(made);
    }

    @Test
    void a_touch_keeps_the_set_of_subscription_ids() {
        Connection connection = open("touched");
        lag();
        List<Subscription> made = subscribe(connection, 2);
        clock.advance(Duration.ofMinutes(1));
        right(connections.save(right(connections.find(tenant, connection.id())).get()
                .touch(clock.instant(), RealtimeFixtures.POLICY.connectionTtl())));

        var closed = right(hub.connections().close(new CloseConnection(tenant.value(), connection.id().value())));

        assertThat(closed.subscriptionsRemoved()).isEqualTo(2);
        assertNoneLeft(made);
    }

    @Test
    void a_connection_written_before_the_set_existed_falls_back_to_its_index() {
        Connection connection = open("legacy");
        client.updateItem(b -> b.tableName(tables.connections()).key(ItemMapper.key(tenant, connection.id().value()))
                .updateExpression("REMOVE " + ConnectionItems.TRACKED));
        List<Subscription> made = subscribe(connection, 2);
        assertThat(client.getItem(b -> b.tableName(tables.connections()).consistentRead(true)
                .key(ItemMapper.key(tenant, connection.id().value()))).item())
                .as("an untracked connection gets no set").doesNotContainKey(ConnectionItems.SUBSCRIPTIONS);

        var closed = right(hub.connections().close(new CloseConnection(tenant.value(), connection.id().value())));

        assertThat(closed.subscriptionsRemoved()).isEqualTo(2);
        assertNoneLeft(made);
    }
}
