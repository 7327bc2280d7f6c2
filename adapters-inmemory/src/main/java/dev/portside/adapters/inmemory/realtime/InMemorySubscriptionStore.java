package dev.portside.adapters.inmemory.realtime;

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
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The reference {@link SubscriptionStore}: immutable subscriptions under one lock, revision-checked
 * deletes, expired subscriptions hidden, ordering and cursors exactly as the DynamoDB adapter.
 */
public final class InMemorySubscriptionStore implements SubscriptionStore {

    private static final String KIND = "subscription";

    private final Map<String, Subscription> rows = new HashMap<>();
    private final Clock clock;
    private final CursorCodec cursors;

    public InMemorySubscriptionStore(Clock clock, CursorCodec cursors) {
        this.clock = clock;
        this.cursors = cursors;
    }

    private static String key(TenantId tenant, SubscriptionId id) {
        return tenant.value() + "#" + id.value();
    }

    @Override
    public synchronized Either<Problem, Subscription> create(Subscription subscription) {
        String key = key(subscription.tenant(), subscription.id());
        if (rows.containsKey(key)) {
            return Either.left(new Problem.AlreadyExists(KIND, subscription.id().value()));
        }
        rows.put(key, subscription);
        return Either.right(subscription);
    }

    @Override
    public synchronized Either<Problem, Option<Subscription>> find(TenantId tenant, SubscriptionId id) {
        Instant now = clock.instant();
        return Either.right(Option.of(rows.get(key(tenant, id))).filter(s -> s.isLive(now)));
    }

    @Override
    public synchronized Either<Problem, Subscription> delete(Subscription subscription) {
        String key = key(subscription.tenant(), subscription.id());
        Subscription stored = rows.get(key);
        if (stored == null) {
            return Either.left(new Problem.NotFound(KIND, subscription.id().value()));
        }
        if (!stored.revision().equals(subscription.revision())) {
            return Either.left(new Problem.Conflict(KIND, subscription.id().value(), subscription.revision(),
                    stored.revision()));
        }
        return Either.right(rows.remove(key));
    }

    @Override
    public Either<Problem, Page<Subscription>> byConnection(TenantId tenant, ConnectionId connection,
                                                            PageRequest page) {
        return list(tenant, s -> s.connection().equals(connection), page,
                "realtime.subscriptions.byConnection|" + connection.value());
    }

    @Override
    public Either<Problem, Page<Subscription>> byRequest(TenantId tenant, RequestId request, PageRequest page) {
        return list(tenant, s -> s.request().equals(request), page,
                "realtime.subscriptions.byRequest|" + request.value());
    }

    private Either<Problem, Page<Subscription>> list(TenantId tenant, Predicate<Subscription> which,
                                                     PageRequest page, String query) {
        Instant now = clock.instant();
        List<Subscription> matching = snapshot(tenant).stream().filter(s -> s.isLive(now)).filter(which).toList();
        return RealtimeOrder.page(matching, s -> RealtimeOrder.sortKey(s.createdAt(), s.id().value()), false,
                page, cursors, tenant, query);
    }

    @Override
    public Either<Problem, List<Subscription>> expired(TenantId tenant) {
        Instant now = clock.instant();
        return Either.right(snapshot(tenant).stream().filter(s -> !s.isLive(now)).toList());
    }

    private synchronized List<Subscription> snapshot(TenantId tenant) {
        return rows.values().stream().filter(s -> s.tenant().equals(tenant)).toList();
    }
}
