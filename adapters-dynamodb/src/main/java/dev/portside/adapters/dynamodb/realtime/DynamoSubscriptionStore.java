package dev.portside.adapters.dynamodb.realtime;

import static dev.portside.adapters.dynamodb.support.Attributes.n;
import static dev.portside.adapters.dynamodb.support.Attributes.s;
import static dev.portside.adapters.dynamodb.support.Attributes.tenantKey;

import dev.portside.adapters.dynamodb.support.Guard;
import dev.portside.adapters.dynamodb.support.Pager;
import dev.portside.adapters.dynamodb.support.RevisionedWrites;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.realtime.ConnectionId;
import dev.portside.domain.realtime.RequestId;
import dev.portside.domain.realtime.Subscription;
import dev.portside.domain.realtime.SubscriptionId;
import dev.portside.domain.realtime.SubscriptionStore;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * {@link SubscriptionStore} on the subscriptions table: item {@code pk = tenant#subscriptionId},
 * ConnectionIndex ({@code tenant#connection}) and RequestIndex ({@code tenant#request}) sorted by
 * {@code createdAt#id}. A create is one transaction with a ConditionCheck that its connection's item is
 * live, so it cannot land after the connection was deleted. Expired items are filtered out of every read;
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
    private final RealtimeQueries queries;
    private final Pager pager;
    private final Clock clock;

    public DynamoSubscriptionStore(DynamoDbClient client, RealtimeTables tables, Clock clock, CursorCodec cursors) {
        this.client = client;
        this.tableName = tables.subscriptions();
        this.connectionsTable = tables.connections();
        this.writes = new RevisionedWrites(client, tableName, RealtimeTables.PK, RealtimeTables.REVISION,
                RevisionedWrites.Gone.NOT_FOUND);
        this.queries = new RealtimeQueries(tableName, clock);
        this.pager = new Pager(client, cursors);
        this.clock = clock;
    }

    @Override
    public Either<Problem, Subscription> create(Subscription subscription) {
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

    @Override
    public Either<Problem, Option<Subscription>> find(TenantId tenant, SubscriptionId id) {
        return queries.find(writes, mapper, tenant, id.value());
    }

    @Override
    public Either<Problem, Subscription> delete(Subscription subscription) {
        return writes.delete(mapper, subscription);
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
