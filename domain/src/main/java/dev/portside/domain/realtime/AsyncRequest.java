package dev.portside.domain.realtime;

import dev.portside.domain.kernel.UserId;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A unit of asynchronous work queued by a connection. Its status only moves along
 * {@link RequestStatus#successors()}, its progress never decreases, and a terminal request refuses
 * every change ({@link Problem.Rejected}). It expires a fixed time after it was enqueued.
 * A worker holds it under a lease ({@link #claimedUntil}) and a fencing token ({@link #fencingToken}, the
 * number of its claim): once the lease ran out another worker may claim it again, and progress, completion
 * or failure carrying an older token is refused ({@code realtime.stale-claim}).
 */
public record AsyncRequest(RequestId id, TenantId tenant, ConnectionId connection, UserId user, String action,
                           JsonPayload payload, RequestStatus status, Progress progress,
                           Option<String> progressMessage, Option<JsonPayload> result, Option<String> error,
                           Instant createdAt, Option<Instant> startedAt, Option<Instant> completedAt,
                           int attempts, Option<Instant> claimedUntil, Instant expiresAt, Revision revision) {

    public static final int MAX_ACTION = 100;
    public static final int MAX_MESSAGE = 500;
    public static final int MAX_ERROR = 1000;

    public AsyncRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(progressMessage, "progressMessage");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(claimedUntil, "claimedUntil");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(revision, "revision");
    }

    public static AsyncRequest pending(RequestId id, Connection connection, String action, JsonPayload payload,
                                       Instant now, Duration ttl) {
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        return new AsyncRequest(id, connection.tenant(), connection.id(), connection.user(), action, payload,
                RequestStatus.PENDING, Progress.NONE, Option.none(), Option.none(), Option.none(),
                at, Option.none(), Option.none(), 0, Option.none(), at.plus(ttl), Revision.INITIAL);
    }

    /** The token of the current claim: the number of claims so far (0 while never claimed). */
    public long fencingToken() {
        return attempts;
    }

    /** PENDING, or PROCESSING under a lease that ran out by {@code now} (its worker is presumed dead). */
    public boolean isClaimable(Instant now) {
        return status == RequestStatus.PENDING
                || status == RequestStatus.PROCESSING && claimedUntil.exists(until -> !now.isBefore(until));
    }

    /**
     * A worker takes it for {@code lease}: PENDING → PROCESSING, or a PROCESSING request whose lease ran out is
     * taken again. Either way one more attempt, hence a new fencing token, and a lease until now + lease.
     */
    public Either<Problem, AsyncRequest> claim(Instant now, Duration lease) {
        if (!isClaimable(now)) {
            return status == RequestStatus.PROCESSING
                    ? Either.left(new Problem.Rejected("realtime.claimed",
                            "request " + id + " is claimed until " + claimedUntil.getOrNull()))
                    : moveTo(RequestStatus.PROCESSING);
        }
        Instant at = stamp(now);
        return Either.right(with(RequestStatus.PROCESSING, progress, progressMessage, result, error,
                Option.some(at), completedAt, attempts + 1, Option.some(at.plus(lease))));
    }

    /**
     * While PROCESSING under claim {@code token}, progress may stay or grow, never shrink; each report is a
     * heartbeat that renews the lease until now + lease.
     */
    public Either<Problem, AsyncRequest> reportProgress(long token, Progress next, Option<String> message,
                                                        Instant now, Duration lease) {
        if (status != RequestStatus.PROCESSING) {
            return Either.left(status.isTerminal() ? terminal(RequestStatus.PROCESSING)
                    : new Problem.Rejected("realtime.progress-needs-processing",
                            "request " + id + " is " + status + "; progress is reported only while PROCESSING"));
        }
        if (token != fencingToken()) {
            return Either.left(stale(token));
        }
        if (next.compareTo(progress) < 0) {
            return Either.left(new Problem.Rejected("realtime.progress-never-decreases",
                    "request " + id + " is at " + progress.percent() + "%; progress cannot go back to "
                            + next.percent() + "%"));
        }
        return Either.right(with(status, next, message.orElse(progressMessage), result, error, startedAt,
                completedAt, attempts, Option.some(stamp(now).plus(lease))));
    }

    /** The worker holding claim {@code token} finishes it with {@code outcome}. */
    public Either<Problem, AsyncRequest> complete(long token, JsonPayload outcome, Instant now) {
        return finish(token, RequestStatus.COMPLETED).map(r -> r.with(RequestStatus.COMPLETED, Progress.DONE,
                progressMessage, Option.some(outcome), error, startedAt, Option.some(stamp(now)), attempts,
                Option.none()));
    }

    /** The worker holding claim {@code token} gives it up with {@code reason}. */
    public Either<Problem, AsyncRequest> fail(long token, String reason, Instant now) {
        return finish(token, RequestStatus.FAILED).map(r -> r.with(RequestStatus.FAILED, progress, progressMessage,
                result, Option.some(reason), startedAt, Option.some(stamp(now)), attempts, Option.none()));
    }

    public Either<Problem, AsyncRequest> cancel(Instant now) {
        return moveTo(RequestStatus.CANCELLED).map(r -> r.with(RequestStatus.CANCELLED, progress, progressMessage,
                result, error, startedAt, Option.some(stamp(now)), attempts, Option.none()));
    }

    public boolean isLive(Instant now) {
        return expiresAt.isAfter(now);
    }

    public AsyncRequest withRevision(Revision next) {
        return new AsyncRequest(id, tenant, connection, user, action, payload, status, progress, progressMessage,
                result, error, createdAt, startedAt, completedAt, attempts, claimedUntil, expiresAt, next);
    }

    private Either<Problem, AsyncRequest> finish(long token, RequestStatus next) {
        return moveTo(next).flatMap(r -> token == fencingToken() ? Either.right(r) : Either.left(stale(token)));
    }

    private Either<Problem, AsyncRequest> moveTo(RequestStatus next) {
        if (status.canMoveTo(next)) {
            return Either.right(this);
        }
        return Either.left(status.isTerminal() ? terminal(next)
                : new Problem.Rejected("realtime.status-transition",
                        "request " + id + " cannot move from " + status + " to " + next));
    }

    private Problem terminal(RequestStatus wanted) {
        return new Problem.Rejected("realtime.terminal-request",
                "request " + id + " is " + status + " (terminal) and cannot become " + wanted);
    }

    private Problem stale(long token) {
        return new Problem.Rejected("realtime.stale-claim", "request " + id + " is held under claim token "
                + fencingToken() + "; token " + token + " is not the current claim and its change is refused");
    }

    private static Instant stamp(Instant now) {
        return now.truncatedTo(ChronoUnit.MILLIS);
    }

    private AsyncRequest with(RequestStatus nextStatus, Progress nextProgress, Option<String> message,
                              Option<JsonPayload> outcome, Option<String> failure, Option<Instant> started,
                              Option<Instant> completed, int tries, Option<Instant> lease) {
        return new AsyncRequest(id, tenant, connection, user, action, payload, nextStatus, nextProgress, message,
                outcome, failure, createdAt, started, completed, tries, lease, expiresAt, revision);
    }
}
