package dev.portside.adapters.inmemory.realtime;

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
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The reference {@link RequestQueue}: immutable requests under one lock, revision checks, expired
 * requests hidden; a claim picks the oldest live PENDING request and starts it inside the lock, so
 * exactly one caller wins it — the same outcome as DynamoDB's conditional update.
 */
public final class InMemoryRequestQueue implements RequestQueue {

    private static final String KIND = "request";

    private final Map<String, AsyncRequest> rows = new HashMap<>();
    private final Clock clock;
    private final CursorCodec cursors;

    public InMemoryRequestQueue(Clock clock, CursorCodec cursors) {
        this.clock = clock;
        this.cursors = cursors;
    }

    private static String key(TenantId tenant, RequestId id) {
        return tenant.value() + "#" + id.value();
    }

    private static String sortKey(AsyncRequest request) {
        return RealtimeOrder.sortKey(request.createdAt(), request.id().value());
    }

    @Override
    public synchronized Either<Problem, AsyncRequest> create(AsyncRequest request) {
        String key = key(request.tenant(), request.id());
        if (rows.containsKey(key)) {
            return Either.left(new Problem.AlreadyExists(KIND, request.id().value()));
        }
        rows.put(key, request);
        return Either.right(request);
    }

    @Override
    public synchronized Either<Problem, Option<AsyncRequest>> find(TenantId tenant, RequestId id) {
        Instant now = clock.instant();
        return Either.right(Option.of(rows.get(key(tenant, id))).filter(r -> r.isLive(now)));
    }

    @Override
    public synchronized Either<Problem, AsyncRequest> save(AsyncRequest request) {
        return current(request).map(stored -> {
            AsyncRequest saved = request.withRevision(request.revision().next());
            rows.put(key(request.tenant(), request.id()), saved);
            return saved;
        });
    }

    @Override
    public synchronized Either<Problem, AsyncRequest> delete(AsyncRequest request) {
        return current(request).map(stored -> rows.remove(key(request.tenant(), request.id())));
    }

    private Either<Problem, AsyncRequest> current(AsyncRequest request) {
        AsyncRequest stored = rows.get(key(request.tenant(), request.id()));
        if (stored == null) {
            return Either.left(new Problem.NotFound(KIND, request.id().value()));
        }
        if (!stored.revision().equals(request.revision())) {
            return Either.left(new Problem.Conflict(KIND, request.id().value(), request.revision(),
                    stored.revision()));
        }
        return Either.right(stored);
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
        List<AsyncRequest> matching = snapshot(tenant).stream().filter(r -> r.isLive(now)).filter(which).toList();
        return RealtimeOrder.page(matching, InMemoryRequestQueue::sortKey, newestFirst, page, cursors, tenant, query);
    }

    @Override
    public synchronized Either<Problem, Option<AsyncRequest>> claimOldestPending(TenantId tenant, Instant now) {
        Instant visible = clock.instant();
        Option<AsyncRequest> oldest = Option.ofOptional(snapshot(tenant).stream()
                .filter(r -> r.isLive(visible) && r.status() == RequestStatus.PENDING)
                .min(Comparator.comparing(InMemoryRequestQueue::sortKey)));
        if (oldest.isEmpty()) {
            return Either.right(Option.none());
        }
        return oldest.get().start(now).flatMap(this::save).map(Option::some);
    }

    @Override
    public Either<Problem, List<AsyncRequest>> expired(TenantId tenant) {
        Instant now = clock.instant();
        return Either.right(snapshot(tenant).stream().filter(r -> !r.isLive(now)).toList());
    }

    private synchronized List<AsyncRequest> snapshot(TenantId tenant) {
        return rows.values().stream().filter(r -> r.tenant().equals(tenant)).toList();
    }
}
