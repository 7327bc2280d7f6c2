package dev.portside.bootstrap.realtime;

import dev.portside.application.realtime.ConnectionCommands.Connect;
import dev.portside.application.realtime.ConnectionCommands.Disconnect;
import dev.portside.application.realtime.RealtimeHub;
import dev.portside.application.realtime.RequestCommands;
import dev.portside.application.realtime.SubscriptionCommands;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.realtime.AsyncRequest;
import dev.portside.domain.realtime.Connection;
import dev.portside.domain.realtime.Subscription;
import io.vavr.control.Either;
import java.io.PrintStream;
import java.util.List;

/** The realtime steps of {@code portside demo}: connect, enqueue, subscribe, claim, progress, complete. */
final class RealtimeDemo {

    private static final String TENANT = "demo";

    private final RealtimeHub hub;
    private final PrintStream out;

    RealtimeDemo(RealtimeHub hub, PrintStream out) {
        this.hub = hub;
        this.out = out;
    }

    void run() {
        Connection connection = step("connect", hub.connect(new Connect(TENANT, null, "ada", "wss://demo.example.com/ws")),
                c -> "connection " + c.id() + " for user " + c.user() + " at " + c.endpoint()
                        + " (expires " + c.expiresAt() + ")");
        if (connection == null) {
            return;
        }
        String connectionId = connection.id().value();
        AsyncRequest queued = step("enqueue", hub.enqueue(new RequestCommands.Enqueue(TENANT, connectionId,
                "generate_report", "{\"type\":\"monthly\"}")), r -> "request " + r.id() + " " + r.action() + " is "
                + r.status());
        if (queued == null) {
            return;
        }
        String requestId = queued.id().value();
        step("subscribe", hub.subscribe(new SubscriptionCommands.Subscribe(TENANT, connectionId, requestId,
                List.of("progress", "completed"))), s -> "subscription " + s.id() + " to " + s.eventTypes());
        step("claim", hub.claim(new RequestCommands.Claim(TENANT)), claimed -> claimed
                .map(r -> "a worker claimed " + r.id() + ", now " + r.status() + " (attempt " + r.attempts() + ")")
                .getOrElse("nothing was pending"));
        step("progress", hub.reportProgress(new RequestCommands.ReportProgress(TENANT, requestId, 50, "half way")),
                r -> r.progress().percent() + "% - " + r.progressMessage().getOrElse(""));
        step("progress back to 20%", hub.reportProgress(new RequestCommands.ReportProgress(TENANT, requestId, 20,
                null)), r -> "unexpectedly accepted");
        step("complete", hub.complete(new RequestCommands.Complete(TENANT, requestId, "{\"pages\":12}")),
                r -> r.status() + " with result " + r.result().map(p -> p.json()).getOrElse("none"));
        step("subscriptions of the request", hub.subscriptionsOfRequest(new SubscriptionCommands.ListByRequest(
                TENANT, requestId, 10, null)), page -> page.items().stream().map(RealtimeDemo::describe).toList()
                .toString());
        step("disconnect", hub.disconnect(new Disconnect(TENANT, connectionId)),
                d -> "connection closed, " + d.subscriptionsRemoved() + " subscription(s) removed with it");
    }

    private static String describe(Subscription s) {
        return s.id() + " (connection " + s.connection() + ", events " + s.eventTypes() + ")";
    }

    private <T> T step(String name, Either<Problem, T> result, java.util.function.Function<T, String> show) {
        if (result.isLeft()) {
            out.println("  " + name + ": refused - " + result.getLeft().message());
            return null;
        }
        out.println("  " + name + ": " + show.apply(result.get()));
        return result.get();
    }
}
