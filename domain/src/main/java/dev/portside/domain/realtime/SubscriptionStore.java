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

    /** Stores a new subscription while its connection is live (else {@code NotFound("connection", id)}). */
    Either<Problem, Subscription> create(Subscription subscription);

    Either<Problem, Option<Subscription>> find(TenantId tenant, SubscriptionId id);

    Either<Problem, Subscription> delete(Subscription subscription);

    Either<Problem, Page<Subscription>> byConnection(TenantId tenant, ConnectionId connection, PageRequest page);

    Either<Problem, Page<Subscription>> byRequest(TenantId tenant, RequestId request, PageRequest page);

    /** For cleanup: every subscription past its expiry that the backend still holds. */
    Either<Problem, List<Subscription>> expired(TenantId tenant);
}
