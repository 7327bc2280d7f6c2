package dev.portside.adapters.dynamodb.realtime;

import static dev.portside.adapters.dynamodb.realtime.Attributes.n;

import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.realtime.Connection;
import dev.portside.domain.realtime.ConnectionId;
import dev.portside.domain.realtime.ConnectionStore;
import dev.portside.domain.realtime.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@link ConnectionStore} on the connections table: item {@code pk = tenant#connectionId}, UserIndex
 * ({@code tenant#user}) and TenantIndex ({@code tenant}) sorted by {@code connectedAt#id}. Expired items
 * (DynamoDB's TTL deletes them late) are filtered out of every read.
 */
public final class DynamoConnectionStore implements ConnectionStore {

    static final String USER_INDEX = "UserIndex";
    static final String TENANT_INDEX = "TenantIndex";

    private final ConnectionItems mapper = new ConnectionItems();
    private final RevisionedTable<Connection> table;
    private final IndexQuery byUser;
    private final IndexQuery byTenant;
    private final Clock clock;
    private final CursorCodec cursors;

    public DynamoConnectionStore(DynamoDbClient client, RealtimeTables tables, Clock clock, CursorCodec cursors) {
        this.table = new RevisionedTable<>(client, tables.connections(), mapper, clock);
        this.byUser = new IndexQuery(client, tables.connections(), USER_INDEX, ConnectionItems.USER_KEY);
        this.byTenant = new IndexQuery(client, tables.connections(), TENANT_INDEX, Attributes.TENANT);
        this.clock = clock;
        this.cursors = cursors;
    }

    @Override
    public Either<Problem, Connection> create(Connection connection) {
        return table.create(connection);
    }

    @Override
    public Either<Problem, Option<Connection>> find(TenantId tenant, ConnectionId id) {
        return table.find(tenant, id.value());
    }

    @Override
    public Either<Problem, Connection> save(Connection connection) {
        return table.save(connection);
    }

    @Override
    public Either<Problem, Connection> delete(Connection connection) {
        return table.delete(connection);
    }

    @Override
    public Either<Problem, Page<Connection>> byUser(TenantId tenant, UserId user, PageRequest page) {
        return byUser.page(ConnectionItems.userKey(tenant, user), true, page, clock.instant(), cursors, tenant,
                "realtime.connections.byUser|" + user.value(), mapper::fromItem);
    }

    @Override
    public Either<Problem, Page<Connection>> byTenant(TenantId tenant, PageRequest page) {
        return byTenant.page(tenant.value(), true, page, clock.instant(), cursors, tenant,
                "realtime.connections.byTenant", mapper::fromItem);
    }

    @Override
    public Either<Problem, List<Connection>> staleOrExpired(TenantId tenant, Instant cutoff) {
        return DynamoErrors.guard(() -> Either.right(byTenant.all(tenant.value(),
                        ConnectionItems.LAST_PING + " < :cutoff OR #exp <= :now",
                        Map.of(":cutoff", n(cutoff.toEpochMilli()), ":now", n(clock.instant().toEpochMilli())))
                .stream().map(mapper::fromItem).toList()));
    }
}
