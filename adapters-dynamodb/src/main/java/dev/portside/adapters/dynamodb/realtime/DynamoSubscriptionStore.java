package dev.portside.adapters.dynamodb.realtime;

import static dev.portside.adapters.dynamodb.realtime.Attributes.n;
import static dev.portside.adapters.dynamodb.realtime.Attributes.s;

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

/**
 * {@link SubscriptionStore} on the subscriptions table: item {@code pk = tenant#subscriptionId},
 * ConnectionIndex ({@code tenant#connection}) and RequestIndex ({@code tenant#request}) sorted by
 * {@code createdAt#id}. Expired items are filtered out of every read; cleanup finds them with a
 * filtered scan (the seed's table has no tenant index).
 */
public final class DynamoSubscriptionStore implements SubscriptionStore {

    static final String CONNECTION_INDEX = "ConnectionIndex";
    static final String REQUEST_INDEX = "RequestIndex";

    private final SubscriptionItems mapper = new SubscriptionItems();
    private final DynamoDbClient client;
    private final String tableName;
    private final RevisionedTable<Subscription> table;
    private final IndexQuery byConnection;
    private final IndexQuery byRequest;
    private final Clock clock;
    private final CursorCodec cursors;

    public DynamoSubscriptionStore(DynamoDbClient client, RealtimeTables tables, Clock clock, CursorCodec cursors) {
        this.client = client;
        this.tableName = tables.subscriptions();
        this.table = new RevisionedTable<>(client, tables.subscriptions(), mapper, clock);
        this.byConnection = new IndexQuery(client, tables.subscriptions(), CONNECTION_INDEX,
                SubscriptionItems.CONNECTION_KEY);
        this.byRequest = new IndexQuery(client, tables.subscriptions(), REQUEST_INDEX, SubscriptionItems.REQUEST_KEY);
        this.clock = clock;
        this.cursors = cursors;
    }

    @Override
    public Either<Problem, Subscription> create(Subscription subscription) {
        return table.create(subscription);
    }

    @Override
    public Either<Problem, Option<Subscription>> find(TenantId tenant, SubscriptionId id) {
        return table.find(tenant, id.value());
    }

    @Override
    public Either<Problem, Subscription> delete(Subscription subscription) {
        return table.delete(subscription);
    }

    @Override
    public Either<Problem, Page<Subscription>> byConnection(TenantId tenant, ConnectionId connection,
                                                            PageRequest page) {
        return byConnection.page(ItemMapper.pk(tenant, connection.value()), true, page, clock.instant(), cursors,
                tenant, "realtime.subscriptions.byConnection|" + connection.value(), mapper::fromItem);
    }

    @Override
    public Either<Problem, Page<Subscription>> byRequest(TenantId tenant, RequestId request, PageRequest page) {
        return byRequest.page(ItemMapper.pk(tenant, request.value()), true, page, clock.instant(), cursors, tenant,
                "realtime.subscriptions.byRequest|" + request.value(), mapper::fromItem);
    }

    @Override
    public Either<Problem, List<Subscription>> expired(TenantId tenant) {
        return DynamoErrors.guard(() -> Either.right(client.scanPaginator(b -> b.tableName(tableName)
                        .filterExpression("#t = :t AND #exp <= :now")
                        .expressionAttributeNames(Map.of("#t", Attributes.TENANT, "#exp", Attributes.EXPIRES))
                        .expressionAttributeValues(Map.of(":t", s(tenant.value()),
                                ":now", n(clock.instant().toEpochMilli()))))
                .items().stream().map(mapper::fromItem).toList()));
    }
}
