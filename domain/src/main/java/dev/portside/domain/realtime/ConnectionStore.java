package dev.portside.domain.realtime;

import dev.portside.domain.kernel.UserId;

import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;

/**
 * Tenant-scoped store of connections. {@code create} refuses an existing id, {@code save} and
 * {@code delete} succeed only at the stored revision (else {@link Problem.Conflict}). Every read
 * skips expired connections; lists are ordered by connection time, then id, and paged with signed cursors.
 */
public interface ConnectionStore {

    Either<Problem, Connection> create(Connection connection);

    Either<Problem, Option<Connection>> find(TenantId tenant, ConnectionId id);

    /** Returns the connection with its revision advanced by one. */
    Either<Problem, Connection> save(Connection connection);

    /**
     * Removes the connection if it is still at the given one's revision; returns what was removed. Its subscriptions
     * stay: {@link SubscriptionStore#disconnect} removes a connection with them.
     */
    Either<Problem, Connection> delete(Connection connection);

    Either<Problem, Page<Connection>> byUser(TenantId tenant, UserId user, PageRequest page);

    Either<Problem, Page<Connection>> byTenant(TenantId tenant, PageRequest page);

    /** For cleanup: every connection pinged last before {@code cutoff} or already expired (not yet deleted). */
    Either<Problem, List<Connection>> staleOrExpired(TenantId tenant, Instant cutoff);
}
