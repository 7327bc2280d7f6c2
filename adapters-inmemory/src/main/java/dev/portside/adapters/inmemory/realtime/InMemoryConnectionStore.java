package dev.portside.adapters.inmemory.realtime;

import dev.portside.adapters.inmemory.support.Pager;
import dev.portside.adapters.inmemory.support.RevisionedWrites;
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
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The reference {@link ConnectionStore}: immutable connections in a revisioned table, revision
 * checks, expired connections hidden from reads, ordering and cursors exactly as the DynamoDB adapter.
 * {@link #whileLive} runs a write atomically with the connection being live, as a DynamoDB ConditionCheck does.
 */
public final class InMemoryConnectionStore implements ConnectionStore {

    private static final String KIND = "connection";

    private final RevisionedWrites<Connection> rows = RevisionedWrites.of(KIND, Connection::tenant,
            x -> x.id().value(), Connection::revision, Connection::withRevision).createAsGiven();
    private final Clock clock;
    private final Pager pager;

    public InMemoryConnectionStore(Clock clock, CursorCodec cursors) {
        this.clock = clock;
        this.pager = new Pager(cursors);
    }

    @Override
    public Either<Problem, Connection> create(Connection connection) {
        return rows.create(connection);
    }

    @Override
    public Either<Problem, Option<Connection>> find(TenantId tenant, ConnectionId id) {
        Instant now = clock.instant();
        return Either.right(rows.get(tenant, id.value()).filter(c -> c.isLive(now)));
    }

    @Override
    public Either<Problem, Connection> save(Connection connection) {
        return rows.save(connection);
    }

    @Override
    public synchronized Either<Problem, Connection> delete(Connection connection) {
        return rows.delete(connection);
    }

    /** Deletes the connection at its revision and then runs {@code cascade}, with no write of a live connection between. */
    synchronized <T> Either<Problem, T> deleteThen(Connection connection, Supplier<Either<Problem, T>> cascade) {
        return rows.delete(connection).flatMap(removed -> cascade.get());
    }

    /** Runs {@code write} while no delete can interleave, if the connection is live; else NotFound. */
    synchronized <T> Either<Problem, T> whileLive(TenantId tenant, ConnectionId id,
                                                  Supplier<Either<Problem, T>> write) {
        return find(tenant, id).flatMap(found -> found.isDefined() ? write.get()
                : Either.left(new Problem.NotFound("connection", id.value())));
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
        List<Connection> matching = rows.all(tenant).stream().filter(c -> c.isLive(now)).filter(which).toList();
        return pager.page(tenant, query, matching, c -> SortKeys.of(c.connectedAt(), c.id().value()), Pager.Order.ASCENDING, page);
    }

    @Override
    public Either<Problem, List<Connection>> staleOrExpired(TenantId tenant, Instant cutoff) {
        Instant now = clock.instant();
        return Either.right(rows.all(tenant).stream().filter(c -> c.isStale(cutoff, now)).toList());
    }
}
