package dev.portside.adapters.dynamodb.realtime;

import static dev.portside.adapters.dynamodb.support.Attributes.n;

import dev.portside.adapters.dynamodb.support.Pager;
import dev.portside.adapters.dynamodb.support.RevisionedWrites;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.realtime.Connection;
import dev.portside.domain.realtime.ConnectionId;
import dev.portside.domain.realtime.ConnectionStore;
import dev.portside.domain.kernel.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * {@link ConnectionStore} on the connections table: item {@code pk = tenant#connectionId}, UserIndex
 * ({@code tenant#user}) and TenantIndex ({@code tenant}) sorted by {@code connectedAt#id}. Expired items
 * (DynamoDB's TTL deletes them late) are filtered out of every read.
 */
public final class DynamoConnectionStore implements ConnectionStore {

    static final String USER_INDEX = "UserIndex";
    static final String TENANT_INDEX = "TenantIndex";

    private final ConnectionItems mapper = new ConnectionItems();
    private final String table;
    private final RealtimeQueries queries;
    private final RevisionedWrites writes;
    private final Pager pager;
    private final Clock clock;

    public DynamoConnectionStore(DynamoDbClient client, RealtimeTables tables, Clock clock, CursorCodec cursors) {
        this.table = tables.connections();
        this.writes = new RevisionedWrites(client, tables.connections(), RealtimeTables.PK, RealtimeTables.REVISION,
                RevisionedWrites.Gone.NOT_FOUND);
        this.queries = new RealtimeQueries(tables.connections(), clock);
        this.pager = new Pager(client, cursors);
        this.clock = clock;
    }

    @Override
    public Either<Problem, Connection> create(Connection connection) {
        return writes.create(mapper, connection);
    }

    @Override
    public Either<Problem, Option<Connection>> find(TenantId tenant, ConnectionId id) {
        return queries.find(writes, mapper, tenant, id.value());
    }

    /**
     * Sets the connection's attributes if the stored revision is its own, as one update: the subscription ids the
     * item holds (and whether it tracks them) stay as they are. A one-item transaction, so a retry after a lost reply
     * is answered as the first attempt was.
     */
    @Override
    public Either<Problem, Connection> save(Connection connection) {
        Connection next = connection.withRevision(connection.revision().next());
        Map<String, AttributeValue> item = new HashMap<>(mapper.toItem(next));
        item.remove(RealtimeTables.PK);
        item.remove(ConnectionItems.TRACKED);
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> sets = new ArrayList<>();
        item.forEach((name, value) -> {
            String at = "a" + names.size();
            names.put("#" + at, name);
            values.put(":" + at, value);
            sets.add("#" + at + " = :" + at);
        });
        names.put("#rev", RealtimeTables.REVISION);
        values.put(":expected", n(connection.revision().value()));
        Update update = Update.builder().tableName(table).key(mapper.key(connection))
                .updateExpression("SET " + String.join(", ", sets)).conditionExpression("#rev = :expected")
                .expressionAttributeNames(names).expressionAttributeValues(values)
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build();
        return writes.transact(List.of(TransactWriteItem.builder().update(update).build()))
                .flatMap(refused -> refused.isEmpty() ? Either.right(next) : Either.left(writes.stale(mapper.kind(),
                        mapper.id(connection), connection.revision(), refused.get().stood())));
    }

    @Override
    public Either<Problem, Connection> delete(Connection connection) {
        return writes.delete(mapper, connection);
    }

    @Override
    public Either<Problem, Page<Connection>> byUser(TenantId tenant, UserId user, PageRequest page) {
        return pager.page(queries.live(tenant, USER_INDEX, ConnectionItems.USER_KEY, ConnectionItems.userKey(tenant, user),
                true, "realtime.connections.byUser|" + user.value()), tenant, page, mapper::fromItem);
    }

    @Override
    public Either<Problem, Page<Connection>> byTenant(TenantId tenant, PageRequest page) {
        return pager.page(queries.live(tenant, TENANT_INDEX, RealtimeTables.TENANT, tenant.value(), true,
                "realtime.connections.byTenant"), tenant, page, mapper::fromItem);
    }

    @Override
    public Either<Problem, List<Connection>> staleOrExpired(TenantId tenant, Instant cutoff) {
        return pager.all(queries.filtered(TENANT_INDEX, RealtimeTables.TENANT, tenant.value(),
                ConnectionItems.LAST_PING + " < :cutoff OR #exp <= :now",
                Map.of(":cutoff", n(cutoff.toEpochMilli()), ":now", n(clock.instant().toEpochMilli()))), mapper::fromItem);
    }
}
