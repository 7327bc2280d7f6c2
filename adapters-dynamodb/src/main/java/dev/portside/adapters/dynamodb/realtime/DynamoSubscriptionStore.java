package dev.portside.adapters.dynamodb.realtime;

import static dev.portside.adapters.dynamodb.support.Attributes.n;
import static dev.portside.adapters.dynamodb.support.Attributes.s;
import static dev.portside.adapters.dynamodb.support.Attributes.string;
import static dev.portside.adapters.dynamodb.support.Attributes.tenantKey;
import static dev.portside.adapters.dynamodb.support.Attributes.ttl;

import dev.portside.adapters.dynamodb.support.Batches;
import dev.portside.adapters.dynamodb.support.Guard;
import dev.portside.adapters.dynamodb.support.Pager;
import dev.portside.adapters.dynamodb.support.RevisionedWrites;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.realtime.Connection;
import dev.portside.domain.realtime.ConnectionId;
import dev.portside.domain.realtime.RequestId;
import dev.portside.domain.realtime.Subscription;
import dev.portside.domain.realtime.SubscriptionId;
import dev.portside.domain.realtime.SubscriptionStore;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * {@link SubscriptionStore} on the subscriptions table: item {@code pk = tenant#subscriptionId},
 * ConnectionIndex ({@code tenant#connection}) and RequestIndex ({@code tenant#request}) sorted by
 * {@code createdAt#id}. A create is one transaction with an update of its connection's item, conditional on the
 * connection being live, that adds the subscription's id to the set the item keeps, so it cannot land after the
 * connection was removed and a disconnect finds it by a consistent read, never by an index that may lag.
 * Expired items are filtered out of every read;
 * cleanup finds them with a filtered scan (the seed's table has no tenant index).
 */
public final class DynamoSubscriptionStore implements SubscriptionStore {

    static final String CONNECTION_INDEX = "ConnectionIndex";
    static final String REQUEST_INDEX = "RequestIndex";

    private final SubscriptionItems mapper = new SubscriptionItems();
    private final DynamoDbClient client;
    private final String tableName;
    private final String connectionsTable;
    private final RevisionedWrites writes;
    private final RevisionedWrites connectionWrites;
    private final Batches batches;
    private final RealtimeQueries queries;
    private final Pager pager;
    private final Clock clock;

    public DynamoSubscriptionStore(DynamoDbClient client, RealtimeTables tables, Clock clock, CursorCodec cursors) {
        this.client = client;
        this.tableName = tables.subscriptions();
        this.connectionsTable = tables.connections();
        this.writes = new RevisionedWrites(client, tableName, RealtimeTables.PK, RealtimeTables.REVISION,
                RevisionedWrites.Gone.NOT_FOUND);
        this.connectionWrites = new RevisionedWrites(client, connectionsTable, RealtimeTables.PK,
                RealtimeTables.REVISION, RevisionedWrites.Gone.NOT_FOUND);
        this.batches = new Batches(client);
        this.queries = new RealtimeQueries(tableName, clock);
        this.pager = new Pager(client, cursors);
        this.clock = clock;
    }

    /**
     * One transaction: the subscription's id is added to its connection's set, on condition that the connection is
     * live, tracks its set and holds fewer than the limit, and the subscription is put if its id is free. A full set
     * is first cleared of subscriptions that expired or went (DynamoDB's TTL deletes them without touching the set);
     * a connection written before the set existed is checked live only (its cascade reads ConnectionIndex).
     */
    @Override
    public Either<Problem, Subscription> create(Subscription subscription) {
        Either<Problem, Option<RevisionedWrites.Refusal>> first = writes.transact(List.of(
                trackedAdd(subscription), writes.putNew(mapper.toItem(subscription))));
        if (first.isLeft() || first.get().isEmpty()) {
            return first.map(done -> subscription);
        }
        RevisionedWrites.Refusal refused = first.get().get();
        if (refused.index() == 1) {
            return Either.left(new Problem.AlreadyExists(mapper.kind(), subscription.id().value()));
        }
        Option<Map<String, AttributeValue>> stood = refused.stood();
        if (stood.isEmpty() || !RealtimeTables.live(stood.get(), clock.instant())) {
            return Either.left(new Problem.NotFound("connection", subscription.connection().value()));
        }
        if (!stood.get().containsKey(ConnectionItems.TRACKED)) {
            return untracked(subscription);
        }
        return prune(subscription.tenant(), subscription.connection(), ids(stood.get())).flatMap(freed -> freed
                ? writes.transact(List.of(trackedAdd(subscription), writes.putNew(mapper.toItem(subscription))))
                        .flatMap(again -> again.isEmpty() ? Either.right(subscription)
                                : Either.left(refusal(subscription, again.get())))
                : Either.left(Subscription.tooMany(subscription.connection())));
    }

    private Problem refusal(Subscription subscription, RevisionedWrites.Refusal refused) {
        if (refused.index() == 1) {
            return new Problem.AlreadyExists(mapper.kind(), subscription.id().value());
        }
        return refused.stood().exists(item -> RealtimeTables.live(item, clock.instant()))
                ? Subscription.tooMany(subscription.connection())
                : new Problem.NotFound("connection", subscription.connection().value());
    }

    /** Adds the subscription's id to its live, tracking connection's set while it holds fewer than the limit. */
    private TransactWriteItem trackedAdd(Subscription subscription) {
        return TransactWriteItem.builder().update(Update.builder().tableName(connectionsTable)
                .key(ItemMapper.key(subscription.tenant(), subscription.connection().value()))
                .updateExpression("ADD #ids :id")
                .conditionExpression("#exp > :now AND attribute_exists(#tracked) "
                        + "AND (attribute_not_exists(#ids) OR size(#ids) < :max)")
                .expressionAttributeNames(Map.of("#ids", ConnectionItems.SUBSCRIPTIONS, "#exp", RealtimeTables.EXPIRES,
                        "#tracked", ConnectionItems.TRACKED))
                .expressionAttributeValues(Map.of(":id", AttributeValue.fromSs(List.of(subscription.id().value())),
                        ":now", n(clock.instant().toEpochMilli()), ":max", n(Subscription.MAX_PER_CONNECTION)))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build()).build();
    }

    /** A subscribe on a connection item written before it tracked its subscriptions: checked live, as before. */
    private Either<Problem, Subscription> untracked(Subscription subscription) {
        TransactWriteItem liveConnection = TransactWriteItem.builder().conditionCheck(ConditionCheck.builder()
                .tableName(connectionsTable)
                .key(ItemMapper.key(subscription.tenant(), subscription.connection().value()))
                .conditionExpression("#exp > :now").expressionAttributeNames(Map.of("#exp", RealtimeTables.EXPIRES))
                .expressionAttributeValues(Map.of(":now", n(clock.instant().toEpochMilli()))).build()).build();
        return writes.transact(List.of(liveConnection, writes.putNew(mapper.toItem(subscription))))
                .flatMap(refused -> refused.isEmpty() ? Either.right(subscription)
                        : Either.left(refused.get().index() == 0
                                ? new Problem.NotFound("connection", subscription.connection().value())
                                : new Problem.AlreadyExists(mapper.kind(), subscription.id().value())));
    }

    /**
     * Takes the ids of subscriptions no longer live out of the connection's set (a set DELETE: applying it twice
     * changes nothing); whether any place was freed.
     */
    private Either<Problem, Boolean> prune(TenantId tenant, ConnectionId connection, List<String> ids) {
        return liveSubscriptions(tenant, ids).flatMap(live -> {
            List<String> gone = new ArrayList<>(ids);
            gone.removeAll(live.stream().map(item -> string(item, "subscriptionId")).toList());
            if (gone.isEmpty()) {
                return Either.right(false);
            }
            return Guard.run(() -> {
                client.updateItem(b -> b.tableName(connectionsTable).key(ItemMapper.key(tenant, connection.value()))
                        .updateExpression("DELETE #ids :gone").conditionExpression("attribute_exists(#pk)")
                        .expressionAttributeNames(Map.of("#ids", ConnectionItems.SUBSCRIPTIONS,
                                "#pk", RealtimeTables.PK))
                        .expressionAttributeValues(Map.of(":gone", AttributeValue.fromSs(gone))));
                return Either.right(true);
            });
        });
    }

    /** The live subscription items among these ids, read consistently. */
    private Either<Problem, List<Map<String, AttributeValue>>> liveSubscriptions(TenantId tenant, List<String> ids) {
        Instant now = clock.instant();
        return batches.get(tableName, ids.stream().map(id -> ItemMapper.key(tenant, id)).toList())
                .map(items -> items.stream().filter(item -> RealtimeTables.live(item, now)).toList());
    }

    private static List<String> ids(Map<String, AttributeValue> connection) {
        AttributeValue set = connection.get(ConnectionItems.SUBSCRIPTIONS);
        return set == null || !set.hasSs() ? List.of() : set.ss();
    }

    @Override
    public Either<Problem, Option<Subscription>> find(TenantId tenant, SubscriptionId id) {
        return queries.find(writes, mapper, tenant, id.value());
    }

    /**
     * Deletes the subscription at its revision and takes its id out of its connection's set, in one transaction;
     * when the connection is gone (a cascade removes its subscriptions) the subscription is deleted alone.
     */
    @Override
    public Either<Problem, Subscription> delete(Subscription subscription) {
        TransactWriteItem untrack = TransactWriteItem.builder().update(Update.builder().tableName(connectionsTable)
                .key(ItemMapper.key(subscription.tenant(), subscription.connection().value()))
                .updateExpression("DELETE #ids :id").conditionExpression("attribute_exists(#pk)")
                .expressionAttributeNames(Map.of("#ids", ConnectionItems.SUBSCRIPTIONS, "#pk", RealtimeTables.PK))
                .expressionAttributeValues(Map.of(":id", AttributeValue.fromSs(List.of(subscription.id().value()))))
                .build()).build();
        return writes.transact(List.of(writes.deleteIfRevision(mapper.key(subscription), subscription.revision()),
                untrack)).flatMap(refused -> {
                    if (refused.isEmpty()) {
                        return Either.right(subscription);
                    }
                    return refused.get().index() == 0
                            ? Either.left(writes.stale(mapper.kind(), mapper.id(subscription),
                                    subscription.revision(), refused.get().stood()))
                            : writes.delete(mapper, subscription);
                });
    }

    /**
     * Three steps, each safe to repeat: (1) the connection item is made expired at its revision + 1 (a one-item
     * transaction with a request token), so every read hides it, every subscribe is refused and its set of
     * subscription ids stops changing; (2) that set is read consistently and the live subscriptions it names are
     * deleted in batches (a connection written before the set existed: those ConnectionIndex lists); (3) the
     * connection item is deleted. Interrupted after (1), the connection stays expired with its set, so cleanup
     * lists it and finishes the removal.
     */
    @Override
    public Either<Problem, Integer> disconnect(Connection connection) {
        Map<String, AttributeValue> key = ItemMapper.key(connection.tenant(), connection.id().value());
        Revision closing = connection.revision().next();
        Update expire = Update.builder().tableName(connectionsTable).key(key)
                .updateExpression("SET #exp = :gone, #ttl = :ttl, #rev = :next").conditionExpression("#rev = :expected")
                .expressionAttributeNames(Map.of("#exp", RealtimeTables.EXPIRES, "#ttl", RealtimeTables.TTL,
                        "#rev", RealtimeTables.REVISION))
                .expressionAttributeValues(Map.of(":gone", n(0), ":ttl", ttl(clock.instant()),
                        ":next", n(closing.value()), ":expected", n(connection.revision().value())))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build();
        return connectionWrites.transact(List.of(TransactWriteItem.builder().update(expire).build()))
                .flatMap(refused -> refused.isDefined()
                        ? Either.left(connectionWrites.stale("connection", connection.id().value(),
                                connection.revision(), refused.get().stood()))
                        : connectionWrites.read(key, item -> item))
                .flatMap(item -> subscriptionsOf(connection, item))
                .flatMap(live -> batches.write(tableName, live.stream().map(sub -> WriteRequest.builder()
                                .deleteRequest(DeleteRequest.builder().key(Map.of(RealtimeTables.PK, sub.get(RealtimeTables.PK)))
                                        .build()).build()).toList()))
                .flatMap(removed -> connectionWrites.transact(List.of(connectionWrites.deleteIfRevision(key, closing)))
                        .map(gone -> removed));
    }

    /** The live subscriptions of a connection being removed: those its set names, else those its index lists. */
    private Either<Problem, List<Map<String, AttributeValue>>> subscriptionsOf(Connection connection,
                                                                            Option<Map<String, AttributeValue>> item) {
        if (item.exists(found -> found.containsKey(ConnectionItems.TRACKED))) {
            return liveSubscriptions(connection.tenant(), ids(item.get()));
        }
        return pager.all(queries.filtered(CONNECTION_INDEX, SubscriptionItems.CONNECTION_KEY,
                tenantKey(connection.tenant(), connection.id().value()), "#exp > :now",
                Map.of(":now", n(clock.instant().toEpochMilli()))), found -> found);
    }

    @Override
    public Either<Problem, Page<Subscription>> byConnection(TenantId tenant, ConnectionId connection,
                                                            PageRequest page) {
        return pager.page(queries.live(tenant, CONNECTION_INDEX, SubscriptionItems.CONNECTION_KEY,
                tenantKey(tenant, connection.value()), true,
                "realtime.subscriptions.byConnection|" + connection.value()), tenant, page, mapper::fromItem);
    }

    @Override
    public Either<Problem, Page<Subscription>> byRequest(TenantId tenant, RequestId request, PageRequest page) {
        return pager.page(queries.live(tenant, REQUEST_INDEX, SubscriptionItems.REQUEST_KEY,
                tenantKey(tenant, request.value()), true,
                "realtime.subscriptions.byRequest|" + request.value()), tenant, page, mapper::fromItem);
    }

    @Override
    public Either<Problem, List<Subscription>> expired(TenantId tenant) {
        return Guard.run(() -> Either.right(client.scanPaginator(b -> b.tableName(tableName)
                        .filterExpression("#t = :t AND #exp <= :now")
                        .expressionAttributeNames(Map.of("#t", RealtimeTables.TENANT, "#exp", RealtimeTables.EXPIRES))
                        .expressionAttributeValues(Map.of(":t", s(tenant.value()),
                                ":now", n(clock.instant().toEpochMilli()))))
                .items().stream().map(mapper::fromItem).toList()));
    }
}
