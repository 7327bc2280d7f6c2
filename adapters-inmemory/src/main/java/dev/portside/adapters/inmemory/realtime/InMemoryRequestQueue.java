package dev.portside.adapters.inmemory.realtime;

import dev.portside.adapters.inmemory.support.Pager;
import dev.portside.adapters.inmemory.support.RevisionedWrites;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.realtime.AsyncRequest;
import dev.portside.domain.realtime.ConnectionId;
import dev.portside.domain.realtime.RequestId;
import dev.portside.domain.realtime.RequestQueue;
import dev.portside.domain.realtime.RequestStatus;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The reference {@link RequestQueue}: immutable requests under one lock, revision checks, expired
 * requests hidden; a claim picks the live request whose lease lapsed first, else the oldest PENDING one,
 * and claims it inside the lock, so exactly one caller wins it — the same outcome as DynamoDB's
 * conditional update.
 */
public final class InMemoryRequestQueue implements RequestQueue {

    private static final String KIND = "request";

    private final RevisionedWrites<AsyncRequest> rows = RevisionedWrites.of(KIND, AsyncRequest::tenant,
            x -> x.id().value(), AsyncRequest::revision, AsyncRequest::withRevision).createAsGiven();
    private final Clock clock;
    private final Pager pager;

    public InMemoryRequestQueue(Clock clock, CursorCodec cursors) {
        this.clock = clock;
        this.pager = new Pager(cursors);
    }

    private static String sortKey(AsyncRequest request) {
        return SortKeys.of(request.createdAt(), request.id().value());
    }

    @Override
    public Either<Problem, AsyncRequest> create(AsyncRequest request) {
        return rows.create(request);
    }

    @Override
    public Either<Problem, Option<AsyncRequest>> find(TenantId tenant, RequestId id) {
        Instant now = clock.instant();
        return Either.right(rows.get(tenant, id.value()).filter(r -> r.isLive(now)));
    }

    @Override
    public synchronized Either<Problem, AsyncRequest> save(AsyncRequest request) {
        return rows.save(request);
    }

    @Override
    public synchronized Either<Problem, AsyncRequest> delete(AsyncRequest request) {
        return rows.delete(request);
    }

    @Override
    public Either<Problem, Page<AsyncRequest>> byConnection(TenantId tenant, ConnectionId connection,
                                                            PageRequest page) {
        return list(tenant, r -> r.connection().equals(connection), true, page,
                "realtime.requests.byConnection|" + connection.value());
    }

    @Override
    public Either<Problem, Page<AsyncRequest>> byStatus(TenantId tenant, RequestStatus status, PageRequest page) {
        return list(tenant, r -> r.status() == status, false, page, "realtime.requests.byStatus|" + status);
    }

    private Either<Problem, Page<AsyncRequest>> list(TenantId tenant, Predicate<AsyncRequest> which,
                                                     boolean newestFirst, PageRequest page, String query) {
        Instant now = clock.instant();
        List<AsyncRequest> matching = rows.all(tenant).stream().filter(r -> r.isLive(now)).filter(which).toList();
        return pager.page(tenant, query, matching, InMemoryRequestQueue::sortKey,
                newestFirst ? Pager.Order.DESCENDING : Pager.Order.ASCENDING, page);
    }

    @Override
    public synchronized Either<Problem, Option<AsyncRequest>> claimOldestPending(TenantId tenant, Instant now,
                                                                              Duration lease) {
        Instant visible = clock.instant();
        List<AsyncRequest> claimable = rows.all(tenant).stream()
                .filter(r -> r.isLive(visible) && r.isClaimable(now)).toList();
        Option<AsyncRequest> next = Option.ofOptional(claimable.stream()
                        .filter(r -> r.status() == RequestStatus.PROCESSING)
                        .min(Comparator.comparing(r -> SortKeys.of(r.claimedUntil().get(), r.id().value()))))
                .orElse(() -> Option.ofOptional(claimable.stream()
                        .min(Comparator.comparing(InMemoryRequestQueue::sortKey))));
        return next.isEmpty() ? Either.right(Option.none())
                : next.get().claim(now, lease).flatMap(this::save).map(Option::some);
    }

    @Override
    public Either<Problem, List<AsyncRequest>> expired(TenantId tenant) {
        Instant now = clock.instant();
        return Either.right(rows.all(tenant).stream().filter(r -> !r.isLive(now)).toList());
    }
}
