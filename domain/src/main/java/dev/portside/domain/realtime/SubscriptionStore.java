package dev.portside.domain.realtime;

import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;

/**
 * Tenant-scoped store of subscriptions. {@code create} refuses an existing id and, atomically with the write, a
 * connection that is gone or expired, so a subscribe racing a disconnect either fails or is seen by the
 * disconnect's cascade; {@code delete} is revision-checked. Reads skip expired subscriptions; lists are
 * ordered by creation time, then id, and paged with signed cursors.
 */
public interface SubscriptionStore {

    /**
     * Stores a new subscription while its connection is live (else {@code NotFound("connection", id)}) and holds
     * fewer than {@link Subscription#MAX_PER_CONNECTION} live subscriptions (else {@code Rejected} with rule
     * {@link Subscription#PER_CONNECTION_RULE}).
     */
    Either<Problem, Subscription> create(Subscription subscription);

    Either<Problem, Option<Subscription>> find(TenantId tenant, SubscriptionId id);

    Either<Problem, Subscription> delete(Subscription subscription);

    Either<Problem, Page<Subscription>> byConnection(TenantId tenant, ConnectionId connection, PageRequest page);

    Either<Problem, Page<Subscription>> byRequest(TenantId tenant, RequestId request, PageRequest page);

    /**
     * Removes the connection, if it is still at its revision (else {@code Conflict}, or {@code NotFound} when it is
     * gone), and every live subscription it holds; the number of subscriptions removed. Every subscription whose
     * create succeeded is removed, however far behind any index is. Once the connection is refused to reads and
     * subscribes, an interrupted call leaves it expired, so {@link ConnectionStore#staleOrExpired}
     * lists it and a repeated call finishes the removal.
     */
    Either<Problem, Integer> disconnect(Connection connection);

    /** For cleanup: every subscription past its expiry that the backend still holds. */
    Either<Problem, List<Subscription>> expired(TenantId tenant);
}
