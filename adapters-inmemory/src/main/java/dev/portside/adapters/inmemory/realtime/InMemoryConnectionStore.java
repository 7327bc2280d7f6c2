package dev.portside.adapters.inmemory.realtime;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The reference {@link ConnectionStore}: immutable connections in a map under one lock, revision
 * checks, expired connections hidden from reads, ordering and cursors exactly as the DynamoDB adapter.
 */
public final class InMemoryConnectionStore implements ConnectionStore {

    private static final String KIND = "connection";

    private final Map<String, Connection> rows = new HashMap<>();
    private final Clock clock;
    private final CursorCodec cursors;

    public InMemoryConnectionStore(Clock clock, CursorCodec cursors) {
        this.clock = clock;
        this.cursors = cursors;
    }

    private static String key(TenantId tenant, ConnectionId id) {
        return tenant.value() + "#" + id.value();
    }

    @Override
    public synchronized Either<Problem, Connection> create(Connection connection) {
        String key = key(connection.tenant(), connection.id());
        if (rows.containsKey(key)) {
            return Either.left(new Problem.AlreadyExists(KIND, connection.id().value()));
        }
        rows.put(key, connection);
        return Either.right(connection);
    }

    @Override
    public synchronized Either<Problem, Option<Connection>> find(TenantId tenant, ConnectionId id) {
        Instant now = clock.instant();
        return Either.right(Option.of(rows.get(key(tenant, id))).filter(c -> c.isLive(now)));
    }

    @Override
    public synchronized Either<Problem, Connection> save(Connection connection) {
        return current(connection).map(stored -> {
            Connection saved = connection.withRevision(connection.revision().next());
            rows.put(key(connection.tenant(), connection.id()), saved);
            return saved;
        });
    }

    @Override
    public synchronized Either<Problem, Connection> delete(Connection connection) {
        return current(connection).map(stored -> rows.remove(key(connection.tenant(), connection.id())));
    }

    private Either<Problem, Connection> current(Connection connection) {
        Connection stored = rows.get(key(connection.tenant(), connection.id()));
        if (stored == null) {
            return Either.left(new Problem.NotFound(KIND, connection.id().value()));
        }
        if (!stored.revision().equals(connection.revision())) {
            return Either.left(new Problem.Conflict(KIND, connection.id().value(), connection.revision(),
                    stored.revision()));
        }
        return Either.right(stored);
    }

    @Override
    public Either<Problem, Page<Connection>> byUser(TenantId tenant, UserId user, PageRequest page) {
        return list(tenant, c -> c.user().equals(user), page, "realtime.connections.byUser|" + user.value());
    }

    @Override
    public Either<Problem, Page<Connection>> byTenant(TenantId tenant, PageRequest page) {
        return list(tenant, c -> true, page, "realtime.connections.byTenant");
    }

    private Either<Problem, Page<Connection>> list(TenantId tenant, Predicate<Connection> which, PageRequest page,
                                                   String query) {
        Instant now = clock.instant();
        List<Connection> matching = snapshot(tenant).stream().filter(c -> c.isLive(now)).filter(which).toList();
        return RealtimeOrder.page(matching, c -> RealtimeOrder.sortKey(c.connectedAt(), c.id().value()), false,
                page, cursors, tenant, query);
    }

    @Override
    public Either<Problem, List<Connection>> staleOrExpired(TenantId tenant, Instant cutoff) {
        Instant now = clock.instant();
        return Either.right(snapshot(tenant).stream().filter(c -> c.isStale(cutoff, now)).toList());
    }

    private synchronized List<Connection> snapshot(TenantId tenant) {
        return rows.values().stream().filter(c -> c.tenant().equals(tenant)).toList();
    }
}
