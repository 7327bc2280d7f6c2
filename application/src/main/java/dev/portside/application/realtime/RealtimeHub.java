package dev.portside.application.realtime;

import dev.portside.domain.kernel.IdGenerator;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.realtime.AsyncRequest;
import dev.portside.domain.realtime.Connection;
import dev.portside.domain.realtime.ConnectionStore;
import dev.portside.domain.realtime.RealtimePolicy;
import dev.portside.domain.realtime.RequestQueue;
import dev.portside.domain.realtime.Subscription;
import dev.portside.domain.realtime.SubscriptionStore;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;

/**
 * The realtime hub's use cases: connections, an asynchronous request queue with exactly-once claims,
 * subscriptions to request events, and cleanup. Every method validates its whole command first and
 * answers {@code Either<Problem, Result>}; nothing throws for an anticipated outcome.
 */
public final class RealtimeHub {

    private final ConnectionUseCases connections;
    private final RequestUseCases requests;
    private final SubscriptionUseCases subscriptions;
    private final CleanupUseCase cleanup;

    public RealtimeHub(ConnectionStore connectionStore, RequestQueue queue, SubscriptionStore subscriptionStore,
                       Clock clock, IdGenerator ids, RealtimePolicy policy) {
        this.connections = new ConnectionUseCases(connectionStore, subscriptionStore, clock, ids, policy);
        this.requests = new RequestUseCases(connections, queue, clock, ids, policy);
        this.subscriptions = new SubscriptionUseCases(connections, requests, subscriptionStore, clock, ids, policy);
        this.cleanup = new CleanupUseCase(connections, connectionStore, queue, subscriptionStore, clock);
    }

    public Either<Problem, Connection> connect(ConnectionCommands.Connect command) {
        return connections.connect(command);
    }

    /** Records activity: the connection lives on for another connection TTL. */
    public Either<Problem, Connection> touch(ConnectionCommands.Touch command) {
        return connections.touch(command);
    }

    /** Removes the connection and every subscription it holds. */
    public Either<Problem, Disconnected> disconnect(ConnectionCommands.Disconnect command) {
        return connections.disconnect(command);
    }

    public Either<Problem, Page<Connection>> connectionsOfUser(ConnectionCommands.ListByUser command) {
        return connections.byUser(command);
    }

    public Either<Problem, Page<Connection>> connectionsOfTenant(ConnectionCommands.ListByTenant command) {
        return connections.byTenant(command);
    }

    /** Queues a request for a live connection (missing or expired → NotFound). */
    public Either<Problem, AsyncRequest> enqueue(RequestCommands.Enqueue command) {
        return requests.enqueue(command);
    }

    /** Gives the oldest PENDING request to exactly one caller, now PROCESSING; none when the queue is empty. */
    public Either<Problem, Option<AsyncRequest>> claim(RequestCommands.Claim command) {
        return requests.claim(command);
    }

    public Either<Problem, AsyncRequest> reportProgress(RequestCommands.ReportProgress command) {
        return requests.reportProgress(command);
    }

    public Either<Problem, AsyncRequest> complete(RequestCommands.Complete command) {
        return requests.complete(command);
    }

    public Either<Problem, AsyncRequest> fail(RequestCommands.Fail command) {
        return requests.fail(command);
    }

    public Either<Problem, AsyncRequest> cancel(RequestCommands.Cancel command) {
        return requests.cancel(command);
    }

    public Either<Problem, AsyncRequest> request(RequestCommands.Get command) {
        return requests.get(command);
    }

    /** Newest first. */
    public Either<Problem, Page<AsyncRequest>> requestsOfConnection(RequestCommands.ListByConnection command) {
        return requests.byConnection(command);
    }

    /** Oldest first. */
    public Either<Problem, Page<AsyncRequest>> requestsWithStatus(RequestCommands.ListByStatus command) {
        return requests.byStatus(command);
    }

    /** Subscribes a live connection to an existing request's events. */
    public Either<Problem, Subscription> subscribe(SubscriptionCommands.Subscribe command) {
        return subscriptions.subscribe(command);
    }

    public Either<Problem, Subscription> unsubscribe(SubscriptionCommands.Unsubscribe command) {
        return subscriptions.unsubscribe(command);
    }

    public Either<Problem, Page<Subscription>> subscriptionsOfConnection(SubscriptionCommands.ListByConnection command) {
        return subscriptions.byConnection(command);
    }

    public Either<Problem, Page<Subscription>> subscriptionsOfRequest(SubscriptionCommands.ListByRequest command) {
        return subscriptions.byRequest(command);
    }

    /** Removes stale connections (with their subscriptions) and expired items; reports the counts. */
    public Either<Problem, CleanupReport> cleanup(Cleanup command) {
        return cleanup.cleanup(command);
    }
}
