package dev.portside.domain.realtime;

import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;

/**
 * Tenant-scoped store of subscriptions. {@code create} refuses an existing id and {@code delete}
 * is revision-checked. Reads skip expired subscriptions; lists are ordered by creation time, then
 * id, and paged with signed cursors.
 */
public interface SubscriptionStore {

    Either<Problem, Subscription> create(Subscription subscription);

    Either<Problem, Option<Subscription>> find(TenantId tenant, SubscriptionId id);

    Either<Problem, Subscription> delete(Subscription subscription);

    Either<Problem, Page<Subscription>> byConnection(TenantId tenant, ConnectionId connection, PageRequest page);

    Either<Problem, Page<Subscription>> byRequest(TenantId tenant, RequestId request, PageRequest page);

    /** For cleanup: every subscription past its expiry that the backend still holds. */
    Either<Problem, List<Subscription>> expired(TenantId tenant);
}
