package dev.portside.adapters.dynamodb.realtime;

import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.adapters.dynamodb.testing.DynamoFaults;
import dev.portside.adapters.inmemory.realtime.InMemoryConnectionStore;
import dev.portside.adapters.inmemory.realtime.InMemoryRequestQueue;
import dev.portside.adapters.inmemory.realtime.InMemorySubscriptionStore;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.realtime.Connection;
import dev.portside.domain.realtime.ConnectionId;
import dev.portside.domain.realtime.ConnectionStore;
import dev.portside.domain.realtime.JsonPayload;
import dev.portside.domain.realtime.RequestId;
import dev.portside.domain.realtime.RequestQueue;
import dev.portside.domain.realtime.SubscriptionId;
import dev.portside.domain.realtime.SubscriptionStore;
import dev.portside.testkit.faults.FaultInjector;
import dev.portside.testkit.faults.FaultyRun;
import dev.portside.testkit.faults.SideBySide;
import dev.portside.testkit.realtime.RealtimeFixtures;
import dev.portside.testkit.time.MutableClock;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The DynamoDB realtime stores under seeded faults, side by side with the in-memory ones: a connection (open,
 * touch, close with its subscriptions' cascade), a request (enqueue, claim, complete under its fencing token) and a subscription (create, checked
 * against its live connection in one transaction, and delete). Every answer equals the model's; an Unavailable
 * leaves its item as before or as written once (a claim never taken twice); nothing throws or outlives the deadline.
 */
@AddLifecycleHook(SkipWithoutDynamoDb.class)
class RealtimeFaultProperties {

    private static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final Duration LEASE = Duration.ofMinutes(5);

    record Ports(ConnectionStore connections, RequestQueue queue, SubscriptionStore subscriptions) {
    }

    @Property(tries = 20)
    void no_acknowledged_realtime_write_is_lost_or_applied_twice_under_faults(
            @ForAll long seed, @ForAll @Size(min = 1, max = 12) List<@IntRange(max = 7) Integer> steps) {
        FaultInjector injector = new FaultInjector(seed, 0.3, DynamoFaults.all());
        TenantId tenant = RealtimeFixtures.freshTenant();
        MutableClock clock = new MutableClock(RealtimeFixtures.T0);
        RealtimeTables tables = RealtimeTestTables.of(DynamoDbBackend.shared().client());
        try (DynamoDbClient client = DynamoFaults.client(injector)) {
            InMemoryConnectionStore connections = new InMemoryConnectionStore(clock, RealtimeFixtures.CURSORS);
            Ports model = new Ports(connections, new InMemoryRequestQueue(clock, RealtimeFixtures.CURSORS),
                    new InMemorySubscriptionStore(connections, clock, RealtimeFixtures.CURSORS));
            Ports subject = new Ports(new DynamoConnectionStore(client, tables, clock, RealtimeFixtures.CURSORS),
                    new DynamoRequestQueue(client, tables, clock, RealtimeFixtures.CURSORS),
                    new DynamoSubscriptionStore(client, tables, clock, RealtimeFixtures.CURSORS));
            Connection listener = RealtimeFixtures.connection(tenant, "listener", "ann", clock.instant());
            model.connections().create(listener).get();
            subject.connections().create(listener).get();
            new SideBySide<>(new FaultyRun(injector, DEADLINE), injector, model, subject,
                    (Ports ports, String slot) -> state(ports, tenant, slot))
                    .run(steps.stream().map(step -> step(tenant, clock, step)).toList());
        }
    }

    private static Object state(Ports ports, TenantId tenant, String slot) {
        return switch (slot) {
            case "connection" -> ports.connections().find(tenant, new ConnectionId("c0")).get();
            case "request" -> ports.queue().find(tenant, new RequestId("r0")).get();
            default -> ports.subscriptions().find(tenant, new SubscriptionId("s0")).get();
        };
    }

    private static SideBySide.Step<Ports> step(TenantId tenant, MutableClock clock, int step) {
        if (step < 3) {
            ConnectionId id = new ConnectionId("c0");
            return new SideBySide.Step<>(List.of("open", "touch", "close").get(step) + " connection c0", "connection",
                    model -> {
                        var before = model.connections().find(tenant, id).get();
                        Connection fresh = RealtimeFixtures.connection(tenant, "c0", "bob", clock.instant());
                        return switch (step) {
                            case 0 -> ports -> ports.connections().create(fresh);
                            case 1 -> ports -> ports.connections().save(before.getOrElse(fresh)
                                    .touch(clock.instant().plusSeconds(30), RealtimeFixtures.POLICY.connectionTtl()));
                            default -> ports -> ports.subscriptions().disconnect(before.getOrElse(fresh));
                        };
                    });
        }
        if (step < 6) {
            RequestId id = new RequestId("r0");
            return new SideBySide.Step<>(List.of("enqueue", "claim", "complete").get(step - 3) + " request r0",
                    "request", model -> {
                        var before = model.queue().find(tenant, id).get();
                        Connection owner = RealtimeFixtures.connection(tenant, "listener", "ann", clock.instant());
                        return switch (step) {
                            case 3 -> ports -> ports.queue().create(RealtimeFixtures.request(owner, "r0",
                                    clock.instant()));
                            case 4 -> ports -> ports.queue().claimOldestPending(tenant, clock.instant(), LEASE);
                            default -> ports -> before.isEmpty() ? ports.queue().find(tenant, id)
                                    : before.get().complete(before.get().fencingToken(), JsonPayload.EMPTY,
                                            clock.instant()).flatMap(ports.queue()::save);
                        };
                    });
        }
        SubscriptionId id = new SubscriptionId("s0");
        return new SideBySide.Step<>((step == 6 ? "create" : "delete") + " subscription s0", "subscription", model -> {
            var before = model.subscriptions().find(tenant, id).get();
            var fresh = RealtimeFixtures.subscription(tenant, "s0", "listener", "r0", clock.instant());
            return step == 6 ? ports -> ports.subscriptions().create(fresh)
                    : ports -> ports.subscriptions().delete(before.getOrElse(fresh));
        });
    }
}
