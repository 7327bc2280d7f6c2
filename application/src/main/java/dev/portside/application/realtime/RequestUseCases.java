package dev.portside.application.realtime;

import dev.portside.application.realtime.RequestCommands.Cancel;
import dev.portside.application.realtime.RequestCommands.Claim;
import dev.portside.application.realtime.RequestCommands.Complete;
import dev.portside.application.realtime.RequestCommands.Enqueue;
import dev.portside.application.realtime.RequestCommands.Fail;
import dev.portside.application.realtime.RequestCommands.Get;
import dev.portside.application.realtime.RequestCommands.ListByConnection;
import dev.portside.application.realtime.RequestCommands.ListByStatus;
import dev.portside.application.realtime.RequestCommands.ReportProgress;
import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.IdGenerator;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Retry;
import dev.portside.domain.kernel.TenantId;
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

/** Enqueue, claim, move requests through their life, and list them. */
final class RequestUseCases {

    private final ConnectionUseCases connections;
    private final RequestQueue queue;
    private final Clock clock;
    private final IdGenerator ids;
    private final RealtimePolicy policy;

    RequestUseCases(ConnectionUseCases connections, RequestQueue queue, Clock clock, IdGenerator ids,
                    RealtimePolicy policy) {
        this.connections = connections;
        this.queue = queue;
        this.clock = clock;
        this.ids = ids;
        this.policy = policy;
    }

    Either<Problem, AsyncRequest> enqueue(Enqueue command) {
        return Inputs.present(command).flatMap(c -> {
            Checks checks = Checks.start();
            TenantId tenant = Inputs.tenant(checks, c.tenant());
            ConnectionId connection = checks.take(ConnectionId.of(c.connectionId()));
            String action = checks.text("action", c.action(), 1, AsyncRequest.MAX_ACTION);
            JsonPayload payload = checks.take(JsonPayload.of("payload", c.payload()));
            RequestId id = checks.take(RequestId.of(ids.newId()));
            return checks.build(() -> connections.live(tenant, connection)
                    .map(live -> AsyncRequest.pending(id, live, action, payload, clock.instant(),
                            policy.requestTtl())));
        }).flatMap(pending -> pending).flatMap(queue::create);
    }

    Either<Problem, Option<AsyncRequest>> claim(Claim command) {
        return Inputs.present(command).flatMap(c -> {
            Checks checks = Checks.start();
            TenantId tenant = Inputs.tenant(checks, c.tenant());
            return checks.build(() -> tenant);
        }).flatMap(tenant -> queue.claimOldestPending(tenant, clock.instant()));
    }

    Either<Problem, AsyncRequest> reportProgress(ReportProgress command) {
        return Inputs.present(command).flatMap(c -> {
            Checks checks = Checks.start();
            Key key = key(checks, c.tenant(), c.requestId());
            Progress progress = checks.take(Progress.of(c.progress()));
            String message = checks.optionalText("message", c.message(), 1, AsyncRequest.MAX_MESSAGE);
            return checks.build(() -> change(key, r -> r.reportProgress(progress, Option.of(message))));
        }).flatMap(result -> result);
    }

    Either<Problem, AsyncRequest> complete(Complete command) {
        return Inputs.present(command).flatMap(c -> {
            Checks checks = Checks.start();
            Key key = key(checks, c.tenant(), c.requestId());
            JsonPayload result = c.result() == null ? JsonPayload.EMPTY
                    : checks.take(JsonPayload.of("result", c.result(), JsonPayload.MAX_RESULT_BYTES));
            return checks.build(() -> change(key, r -> r.complete(result, clock.instant())));
        }).flatMap(result -> result);
    }

    Either<Problem, AsyncRequest> fail(Fail command) {
        return Inputs.present(command).flatMap(c -> {
            Checks checks = Checks.start();
            Key key = key(checks, c.tenant(), c.requestId());
            String error = checks.text("error", c.error(), 1, AsyncRequest.MAX_ERROR);
            return checks.build(() -> change(key, r -> r.fail(error, clock.instant())));
        }).flatMap(result -> result);
    }

    Either<Problem, AsyncRequest> cancel(Cancel command) {
        return Inputs.present(command).flatMap(c -> {
            Checks checks = Checks.start();
            Key key = key(checks, c.tenant(), c.requestId());
            return checks.build(() -> change(key, r -> r.cancel(clock.instant())));
        }).flatMap(result -> result);
    }

    Either<Problem, AsyncRequest> get(Get command) {
        return Inputs.present(command).flatMap(c -> {
            Checks checks = Checks.start();
            Key key = key(checks, c.tenant(), c.requestId());
            return checks.build(() -> load(key));
        }).flatMap(result -> result);
    }

    Either<Problem, Page<AsyncRequest>> byConnection(ListByConnection command) {
        return Inputs.present(command).flatMap(c -> {
            Checks checks = Checks.start();
            TenantId tenant = Inputs.tenant(checks, c.tenant());
            ConnectionId connection = checks.take(ConnectionId.of(c.connectionId()));
            PageRequest page = Inputs.page(checks, c.limit(), c.cursor());
            return checks.build(() -> queue.byConnection(tenant, connection, page));
        }).flatMap(result -> result);
    }

    Either<Problem, Page<AsyncRequest>> byStatus(ListByStatus command) {
        return Inputs.present(command).flatMap(c -> {
            Checks checks = Checks.start();
            TenantId tenant = Inputs.tenant(checks, c.tenant());
            RequestStatus status = checks.take(RequestStatus.of(c.status()));
            PageRequest page = Inputs.page(checks, c.limit(), c.cursor());
            return checks.build(() -> queue.byStatus(tenant, status, page));
        }).flatMap(result -> result);
    }

    Either<Problem, AsyncRequest> load(Key key) {
        return queue.find(key.tenant(), key.id())
                .flatMap(found -> found.toEither(() -> new Problem.NotFound("request", key.id().value())));
    }

    /** Reloads and re-applies the rule when a concurrent change won, so the rule always sees fresh state. */
    private Either<Problem, AsyncRequest> change(Key key, Function<AsyncRequest, Either<Problem, AsyncRequest>> rule) {
        return Retry.onConflict(ConnectionUseCases.RETRIES, () -> load(key).flatMap(rule).flatMap(queue::save));
    }

    static Key key(Checks checks, String tenant, String requestId) {
        TenantId t = Inputs.tenant(checks, tenant);
        RequestId id = checks.take(RequestId.of(requestId));
        return new Key(t, id);
    }

    record Key(TenantId tenant, RequestId id) {
    }
}
