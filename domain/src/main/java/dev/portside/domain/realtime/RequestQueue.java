package dev.portside.domain.realtime;

import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Tenant-scoped queue of asynchronous requests with revision-checked writes. Reads skip expired
 * requests. {@link #claimOldestPending} is the only way a request starts or is taken again after its
 * worker's lease ran out: at most one caller wins each claim, as an atomic conditional change.
 */
public interface RequestQueue {

    Either<Problem, AsyncRequest> create(AsyncRequest request);

    Either<Problem, Option<AsyncRequest>> find(TenantId tenant, RequestId id);

    /** Returns the request with its revision advanced by one. */
    Either<Problem, AsyncRequest> save(AsyncRequest request);

    Either<Problem, AsyncRequest> delete(AsyncRequest request);

    /** Newest first (creation time, then id, descending). */
    Either<Problem, Page<AsyncRequest>> byConnection(TenantId tenant, ConnectionId connection, PageRequest page);

    /** Oldest first (creation time, then id, ascending). */
    Either<Problem, Page<AsyncRequest>> byStatus(TenantId tenant, RequestStatus status, PageRequest page);

    /**
     * Claims ({@link AsyncRequest#claim}) for {@code lease} a live request and returns it with its new fencing token:
     * first the PROCESSING request whose lease ran out earliest by {@code now} (its worker is presumed dead; lease
     * end, then id), else the oldest PENDING one (creation time, then id); none when nothing is claimable.
     * Concurrent callers never win the same claim: the stored request's revision decides, never a (possibly
     * stale) index read.
     */
    Either<Problem, Option<AsyncRequest>> claimOldestPending(TenantId tenant, Instant now, Duration lease);

    /** For cleanup: every request past its expiry that the backend still holds. */
    Either<Problem, List<AsyncRequest>> expired(TenantId tenant);
}
