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
import dev.portside.domain.realtime.RequestId;
import dev.portside.domain.realtime.Subscription;
import dev.portside.domain.realtime.SubscriptionId;
import dev.portside.domain.realtime.SubscriptionStore;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * The reference {@link SubscriptionStore}: immutable subscriptions in a revisioned table, revision-checked
 * deletes, expired subscriptions hidden, ordering and cursors exactly as the DynamoDB adapter. A create is
 * atomic with its connection of {@code connections} being live, as DynamoDB's transaction with a ConditionCheck.
 */
public final class InMemorySubscriptionStore implements SubscriptionStore {

    private static final String KIND = "subscription";

    private final RevisionedWrites<Subscription> rows = RevisionedWrites.of(KIND, Subscription::tenant,
            x -> x.id().value(), Subscription::revision, Subscription::withRevision).createAsGiven();
    private final InMemoryConnectionStore connections;
    private final Clock clock;
    private final Pager pager;

    public InMemorySubscriptionStore(InMemoryConnectionStore connections, Clock clock, CursorCodec cursors) {
        this.connections = connections;
        this.clock = clock;
        this.pager = new Pager(cursors);
    }

    @Override
    public Either<Problem, Subscription> create(Subscription subscription) {
        return connections.whileLive(subscription.tenant(), subscription.connection(),
                () -> liveOf(subscription.tenant(), subscription.connection()).size() >= Subscription.MAX_PER_CONNECTION
                        ? Either.left(Subscription.tooMany(subscription.connection()))
                        : rows.create(subscription));
    }

    @Override
    public Either<Problem, Integer> disconnect(Connection connection) {
        return connections.deleteThen(connection, () -> {
            List<Subscription> live = liveOf(connection.tenant(), connection.id());
            live.forEach(rows::delete);
            return Either.right(live.size());
        });
    }

    private List<Subscription> liveOf(TenantId tenant, ConnectionId connection) {
        Instant now = clock.instant();
        return rows.all(tenant).stream().filter(s -> s.isLive(now) && s.connection().equals(connection)).toList();
    }

    @Override
    public Either<Problem, Option<Subscription>> find(TenantId tenant, SubscriptionId id) {
        Instant now = clock.instant();
        return Either.right(rows.get(tenant, id.value()).filter(s -> s.isLive(now)));
    }

    @Override
    public Either<Problem, Subscription> delete(Subscription subscription) {
        return rows.delete(subscription);
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
        List<Subscription> matching = rows.all(tenant).stream().filter(s -> s.isLive(now)).filter(which).toList();
        return pager.page(tenant, query, matching, s -> SortKeys.of(s.createdAt(), s.id().value()), Pager.Order.ASCENDING, page);
    }

    @Override
    public Either<Problem, List<Subscription>> expired(TenantId tenant) {
        Instant now = clock.instant();
        return Either.right(rows.all(tenant).stream().filter(s -> !s.isLive(now)).toList());
    }
}
