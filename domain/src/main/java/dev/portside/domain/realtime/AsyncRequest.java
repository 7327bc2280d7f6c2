package dev.portside.domain.realtime;

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
 */
public record AsyncRequest(RequestId id, TenantId tenant, ConnectionId connection, UserId user, String action,
                           JsonPayload payload, RequestStatus status, Progress progress,
                           Option<String> progressMessage, Option<JsonPayload> result, Option<String> error,
                           Instant createdAt, Option<Instant> startedAt, Option<Instant> completedAt,
                           int attempts, Instant expiresAt, Revision revision) {

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
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(revision, "revision");
    }

    public static AsyncRequest pending(RequestId id, Connection connection, String action, JsonPayload payload,
                                       Instant now, Duration ttl) {
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        return new AsyncRequest(id, connection.tenant(), connection.id(), connection.user(), action, payload,
                RequestStatus.PENDING, Progress.NONE, Option.none(), Option.none(), Option.none(),
                at, Option.none(), Option.none(), 0, at.plus(ttl), Revision.INITIAL);
    }

    /** A worker takes it: PENDING → PROCESSING, one more attempt. */
    public Either<Problem, AsyncRequest> start(Instant now) {
        return moveTo(RequestStatus.PROCESSING).map(r -> r.with(RequestStatus.PROCESSING, progress, progressMessage,
                result, error, Option.some(stamp(now)), completedAt, attempts + 1));
    }

    /** While PROCESSING, progress may stay or grow, never shrink. */
    public Either<Problem, AsyncRequest> reportProgress(Progress next, Option<String> message) {
        if (status != RequestStatus.PROCESSING) {
            return Either.left(status.isTerminal() ? terminal(RequestStatus.PROCESSING)
                    : new Problem.Rejected("realtime.progress-needs-processing",
                            "request " + id + " is " + status + "; progress is reported only while PROCESSING"));
        }
        if (next.compareTo(progress) < 0) {
            return Either.left(new Problem.Rejected("realtime.progress-never-decreases",
                    "request " + id + " is at " + progress.percent() + "%; progress cannot go back to "
                            + next.percent() + "%"));
        }
        return Either.right(with(status, next, message.orElse(progressMessage), result, error, startedAt,
                completedAt, attempts));
    }

    public Either<Problem, AsyncRequest> complete(JsonPayload outcome, Instant now) {
        return moveTo(RequestStatus.COMPLETED).map(r -> r.with(RequestStatus.COMPLETED, Progress.DONE,
                progressMessage, Option.some(outcome), error, startedAt, Option.some(stamp(now)), attempts));
    }

    public Either<Problem, AsyncRequest> fail(String reason, Instant now) {
        return moveTo(RequestStatus.FAILED).map(r -> r.with(RequestStatus.FAILED, progress, progressMessage,
                result, Option.some(reason), startedAt, Option.some(stamp(now)), attempts));
    }

    public Either<Problem, AsyncRequest> cancel(Instant now) {
        return moveTo(RequestStatus.CANCELLED).map(r -> r.with(RequestStatus.CANCELLED, progress, progressMessage,
                result, error, startedAt, Option.some(stamp(now)), attempts));
    }

    public boolean isLive(Instant now) {
        return expiresAt.isAfter(now);
    }

    public AsyncRequest withRevision(Revision next) {
        return new AsyncRequest(id, tenant, connection, user, action, payload, status, progress, progressMessage,
                result, error, createdAt, startedAt, completedAt, attempts, expiresAt, next);
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

    private static Instant stamp(Instant now) {
        return now.truncatedTo(ChronoUnit.MILLIS);
    }

    private AsyncRequest with(RequestStatus nextStatus, Progress nextProgress, Option<String> message,
                              Option<JsonPayload> outcome, Option<String> failure, Option<Instant> started,
                              Option<Instant> completed, int tries) {
        return new AsyncRequest(id, tenant, connection, user, action, payload, nextStatus, nextProgress, message,
                outcome, failure, createdAt, started, completed, tries, expiresAt, revision);
    }
}
