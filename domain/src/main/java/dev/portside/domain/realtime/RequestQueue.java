package dev.portside.domain.realtime;

import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;

/**
 * Tenant-scoped queue of asynchronous requests with revision-checked writes. Reads skip expired
 * requests. {@link #claimOldestPending} is the only way a request starts: at most one caller wins
 * each PENDING request, as an atomic conditional change.
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
     * Moves the oldest live PENDING request to PROCESSING ({@link AsyncRequest#start}) and returns it,
     * or none when nothing is pending. Concurrent callers never get the same request.
     */
    Either<Problem, Option<AsyncRequest>> claimOldestPending(TenantId tenant, Instant now);

    /** For cleanup: every request past its expiry that the backend still holds. */
    Either<Problem, List<AsyncRequest>> expired(TenantId tenant);
}
