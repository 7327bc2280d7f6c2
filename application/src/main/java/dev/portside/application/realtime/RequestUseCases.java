package dev.portside.application.realtime;

import dev.portside.application.realtime.RealtimeCommands.CancelRequest;
import dev.portside.application.realtime.RealtimeCommands.ClaimRequest;
import dev.portside.application.realtime.RealtimeCommands.CompleteRequest;
import dev.portside.application.realtime.RealtimeCommands.EnqueueRequest;
import dev.portside.application.realtime.RealtimeCommands.FailRequest;
import dev.portside.application.realtime.RealtimeCommands.GetRequest;
import dev.portside.application.realtime.RealtimeCommands.ListRequestsByStatus;
import dev.portside.application.realtime.RealtimeCommands.ListRequestsOfConnection;
import dev.portside.application.realtime.RealtimeCommands.ReportProgress;
import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.IdGenerator;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Retry;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.UseCaseObserver;
import dev.portside.domain.realtime.AsyncRequest;
import dev.portside.domain.realtime.ConnectionId;
import dev.portside.domain.realtime.JsonPayload;
import dev.portside.domain.realtime.Progress;
import dev.portside.domain.realtime.RealtimePolicy;
import dev.portside.domain.realtime.RequestId;
import dev.portside.domain.realtime.RequestQueue;
import dev.portside.domain.realtime.RequestStatus;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.function.Function;

/** The asynchronous requests of a {@link RealtimeHub}: enqueue, claim exactly once, move through their life, list. */
public final class RequestUseCases {

    private static final String CONTEXT = "realtime";

    private final ConnectionUseCases connections;
    private final RequestQueue queue;
    private final Clock clock;
    private final IdGenerator ids;
    private final RealtimePolicy policy;
    private final UseCaseObserver observer;

    RequestUseCases(ConnectionUseCases connections, RequestQueue queue, Clock clock, IdGenerator ids,
                    RealtimePolicy policy,
                    UseCaseObserver observer) {
        this.connections = connections;
        this.queue = queue;
        this.clock = clock;
        this.ids = ids;
        this.policy = policy;
        this.observer = observer;
    }

    /** Queues a request for a live connection (missing or expired: NotFound). */
    public Either<Problem, AsyncRequest> enqueue(EnqueueRequest c) {
        return observer.observe(CONTEXT, "requests.enqueue", () -> enqueueUnobserved(c));
    }

    private Either<Problem, AsyncRequest> enqueueUnobserved(EnqueueRequest c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        ConnectionId connection = checks.take(ConnectionId.of(c.connectionId()));
        String action = checks.text("action", c.action(), 1, AsyncRequest.MAX_ACTION);
        JsonPayload payload = checks.take(JsonPayload.of("payload", c.payload()));
        RequestId id = checks.take(RequestId.of(ids.newId()));
        return checks.build(() -> connection)
                .flatMap(key -> connections.live(tenant, key))
                .map(live -> AsyncRequest.pending(id, live, action, payload, clock.instant(), policy.requestTtl()))
                .flatMap(queue::create);
    }

    /**
     * Gives the oldest claimable request (PENDING, or PROCESSING under a lapsed lease) to exactly one caller, now
     * PROCESSING under a lease of the policy's claim lease and a new fencing token; none when nothing is claimable.
     */
    public Either<Problem, Option<AsyncRequest>> claim(ClaimRequest c) {
        return observer.observe(CONTEXT, "requests.claim", () -> claimUnobserved(c));
    }

    private Either<Problem, Option<AsyncRequest>> claimUnobserved(ClaimRequest c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        return checks.build(() -> tenant).flatMap(t -> queue.claimOldestPending(t, clock.instant(),
                policy.claimLease()));
    }

    /** Progress of the claim holder, a heartbeat that renews its lease; a stale token is Rejected. */
    public Either<Problem, AsyncRequest> reportProgress(ReportProgress c) {
        return observer.observe(CONTEXT, "requests.reportProgress", () -> reportProgressUnobserved(c));
    }

    private Either<Problem, AsyncRequest> reportProgressUnobserved(ReportProgress c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        Key key = key(checks, c.tenant(), c.requestId());
        long token = token(checks, c.claimToken());
        Progress progress = checks.take(Progress.of(c.progress()));
        String message = checks.optionalText("message", c.message(), 1, AsyncRequest.MAX_MESSAGE);
        return checks.build(() -> key).flatMap(k -> change(k, r -> r.reportProgress(token, progress,
                Option.of(message), clock.instant(), policy.claimLease())));
    }

    /** Completion by the claim holder; a stale token is Rejected. */
    public Either<Problem, AsyncRequest> complete(CompleteRequest c) {
        return observer.observe(CONTEXT, "requests.complete", () -> completeUnobserved(c));
    }

    private Either<Problem, AsyncRequest> completeUnobserved(CompleteRequest c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        Key key = key(checks, c.tenant(), c.requestId());
        long token = token(checks, c.claimToken());
        JsonPayload result = c.result() == null ? JsonPayload.EMPTY
                : checks.take(JsonPayload.of("result", c.result(), JsonPayload.MAX_RESULT_BYTES));
        return checks.build(() -> key).flatMap(k -> change(k, r -> r.complete(token, result, clock.instant())));
    }

    /** Failure reported by the claim holder; a stale token is Rejected. */
    public Either<Problem, AsyncRequest> fail(FailRequest c) {
        return observer.observe(CONTEXT, "requests.fail", () -> failUnobserved(c));
    }

    private Either<Problem, AsyncRequest> failUnobserved(FailRequest c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        Key key = key(checks, c.tenant(), c.requestId());
        long token = token(checks, c.claimToken());
        String error = checks.text("error", c.error(), 1, AsyncRequest.MAX_ERROR);
        return checks.build(() -> key).flatMap(k -> change(k, r -> r.fail(token, error, clock.instant())));
    }

    public Either<Problem, AsyncRequest> cancel(CancelRequest c) {
        return observer.observe(CONTEXT, "requests.cancel", () -> cancelUnobserved(c));
    }

    private Either<Problem, AsyncRequest> cancelUnobserved(CancelRequest c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        Key key = key(checks, c.tenant(), c.requestId());
        return checks.build(() -> key).flatMap(k -> change(k, r -> r.cancel(clock.instant())));
    }

    public Either<Problem, AsyncRequest> get(GetRequest c) {
        return observer.observe(CONTEXT, "requests.get", () -> getUnobserved(c));
    }

    private Either<Problem, AsyncRequest> getUnobserved(GetRequest c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        Key key = key(checks, c.tenant(), c.requestId());
        return checks.build(() -> key).flatMap(this::load);
    }

    /** Newest first. */
    public Either<Problem, Page<AsyncRequest>> ofConnection(ListRequestsOfConnection c) {
        return observer.observe(CONTEXT, "requests.ofConnection", () -> ofConnectionUnobserved(c));
    }

    private Either<Problem, Page<AsyncRequest>> ofConnectionUnobserved(ListRequestsOfConnection c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        ConnectionId connection = checks.take(ConnectionId.of(c.connectionId()));
        PageRequest page = checks.page(c.limit(), c.after());
        return checks.build(() -> page).flatMap(p -> queue.byConnection(tenant, connection, p));
    }

    /** Oldest first. */
    public Either<Problem, Page<AsyncRequest>> withStatus(ListRequestsByStatus c) {
        return observer.observe(CONTEXT, "requests.withStatus", () -> withStatusUnobserved(c));
    }

    private Either<Problem, Page<AsyncRequest>> withStatusUnobserved(ListRequestsByStatus c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        RequestStatus status = checks.take(RequestStatus.of(c.status()));
        PageRequest page = checks.page(c.limit(), c.after());
        return checks.build(() -> page).flatMap(p -> queue.byStatus(tenant, status, p));
    }

    Either<Problem, AsyncRequest> load(Key key) {
        return Checks.found(queue.find(key.tenant(), key.id()), "request", key.id().value());
    }

    /** Reloads and re-applies the rule when a concurrent change won, so the rule always sees fresh state. */
    private Either<Problem, AsyncRequest> change(Key key, Function<AsyncRequest, Either<Problem, AsyncRequest>> rule) {
        return Retry.onConflict(ConnectionUseCases.RETRIES, () -> load(key).flatMap(rule).flatMap(queue::save));
    }

    private static long token(Checks checks, long claimToken) {
        checks.require(claimToken > 0, "claimToken", claimToken, "must be the positive fencing token of a claim");
        return claimToken;
    }

    static Key key(Checks checks, String tenant, String requestId) {
        TenantId t = checks.tenant(tenant);
        RequestId id = checks.take(RequestId.of(requestId));
        return new Key(t, id);
    }

    record Key(TenantId tenant, RequestId id) {
    }
}
