package dev.portside.bootstrap.realtime;

import dev.portside.bootstrap.spi.DemoSteps;
import dev.portside.application.realtime.RealtimeCommands.AddSubscription;
import dev.portside.application.realtime.RealtimeCommands.ClaimRequest;
import dev.portside.application.realtime.RealtimeCommands.CloseConnection;
import dev.portside.application.realtime.RealtimeCommands.CompleteRequest;
import dev.portside.application.realtime.RealtimeCommands.EnqueueRequest;
import dev.portside.application.realtime.RealtimeCommands.ListSubscriptionsOfRequest;
import dev.portside.application.realtime.RealtimeCommands.OpenConnection;
import dev.portside.application.realtime.RealtimeCommands.ReportProgress;
import dev.portside.application.realtime.RealtimeHub;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.realtime.AsyncRequest;
import dev.portside.domain.realtime.Connection;
import dev.portside.domain.realtime.Subscription;
import io.vavr.control.Option;
import java.util.List;

/** The realtime steps of {@code portside demo}: connect, enqueue, subscribe, claim, progress, complete. */
final class RealtimeDemo {

    private static final String TENANT = "demo";

    private final RealtimeHub hub;
    private final DemoSteps steps;

    RealtimeDemo(RealtimeHub hub, DemoSteps steps) {
        this.hub = hub;
        this.steps = steps;
    }

    void run() {
        Connection connection = steps.ok("connect", hub.connections().open(new OpenConnection(TENANT, null, "ada",
                "wss://demo.example.com/ws")),
                c -> "connection " + c.id() + " for user " + c.user() + " at " + c.endpoint()
                        + " (expires " + c.expiresAt() + ")");
        String connectionId = connection.id().value();
        AsyncRequest queued = steps.ok("enqueue", hub.requests().enqueue(new EnqueueRequest(TENANT, connectionId,
                "generate_report", "{\"type\":\"monthly\"}")), r -> "request " + r.id() + " " + r.action() + " is "
                + r.status());
        String requestId = queued.id().value();
        steps.ok("subscribe", hub.subscriptions().add(new AddSubscription(TENANT, connectionId, requestId,
                List.of("progress", "completed"))), s -> "subscription " + s.id() + " to " + s.eventTypes());
        Option<AsyncRequest> claimed = steps.ok("claim", hub.requests().claim(new ClaimRequest(TENANT)), found -> found
                .map(r -> "a worker claimed " + r.id() + ", now " + r.status() + " (token " + r.fencingToken()
                        + ", lease until " + r.claimedUntil().getOrNull() + ")")
                .getOrElse("nothing was pending"));
        long token = claimed.map(AsyncRequest::fencingToken).getOrElse(0L);
        steps.ok("progress", hub.requests().reportProgress(new ReportProgress(TENANT, requestId, token, 50, "half way")),
                r -> r.progress().percent() + "% - " + r.progressMessage().getOrElse(""));
        steps.refused("progress back to 20%", hub.requests().reportProgress(new ReportProgress(TENANT, requestId, token,
                20, null)), Problem.Rejected.class);
        steps.refused("complete with another claim's token", hub.requests().complete(new CompleteRequest(TENANT,
                requestId, token + 1, null)), Problem.Rejected.class);
        steps.ok("complete", hub.requests().complete(new CompleteRequest(TENANT, requestId, token, "{\"pages\":12}")),
                r -> r.status() + " with result " + r.result().map(p -> p.json()).getOrElse("none"));
        steps.ok("subscriptions of the request", hub.subscriptions().ofRequest(new ListSubscriptionsOfRequest(
                TENANT, requestId, 10, null)), page -> page.items().stream().map(RealtimeDemo::describe).toList()
                .toString());
        steps.ok("disconnect", hub.connections().close(new CloseConnection(TENANT, connectionId)),
                d -> "connection closed, " + d.subscriptionsRemoved() + " subscription(s) removed with it");
    }

    private static String describe(Subscription s) {
        return s.id() + " (connection " + s.connection() + ", events " + s.eventTypes() + ")";
    }
}
