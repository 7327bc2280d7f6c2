package dev.portside.application.realtime;

import dev.portside.domain.kernel.Cursor;
import java.time.Duration;
import java.util.List;

/**
 * The commands of the {@link RealtimeHub}: raw caller input, checked by the use case (every violation at once). A
 * listing takes at most {@code limit} items after {@code after}, the cursor a previous page gave (null for the first
 * page).
 */
public final class RealtimeCommands {

    private RealtimeCommands() {
    }

    /** Opens a connection; a null {@code connectionId} gets a generated one. */
    public record OpenConnection(String tenant, String connectionId, String user, String endpoint) {
    }

    /** Records activity: the connection lives on for another connection TTL. */
    public record TouchConnection(String tenant, String connectionId) {
    }

    /** Removes the connection and every subscription it holds. */
    public record CloseConnection(String tenant, String connectionId) {
    }

    public record ListConnectionsOfUser(String tenant, String user, int limit, Cursor after) {
    }

    public record ListConnectionsOfTenant(String tenant, int limit, Cursor after) {
    }

    /** Queues {@code action} with a JSON object {@code payload} for a live connection. */
    public record EnqueueRequest(String tenant, String connectionId, String action, String payload) {
    }

    /** A worker asks for the oldest PENDING request of the tenant. */
    public record ClaimRequest(String tenant) {
    }

    /** {@code message} is optional. */
    public record ReportProgress(String tenant, String requestId, int progress, String message) {
    }

    /** {@code result} null completes with an empty JSON object. */
    public record CompleteRequest(String tenant, String requestId, String result) {
    }

    public record FailRequest(String tenant, String requestId, String error) {
    }

    public record CancelRequest(String tenant, String requestId) {
    }

    public record GetRequest(String tenant, String requestId) {
    }

    public record ListRequestsOfConnection(String tenant, String connectionId, int limit, Cursor after) {
    }

    public record ListRequestsByStatus(String tenant, String status, int limit, Cursor after) {
    }

    /** Subscribes a live connection to an existing request's events. */
    public record AddSubscription(String tenant, String connectionId, String requestId, List<String> eventTypes) {
    }

    public record RemoveSubscription(String tenant, String subscriptionId) {
    }

    public record ListSubscriptionsOfConnection(String tenant, String connectionId, int limit, Cursor after) {
    }

    public record ListSubscriptionsOfRequest(String tenant, String requestId, int limit, Cursor after) {
    }

    /** Removes connections idle for longer than {@code staleAfter} (with their subscriptions) and expired items. */
    public record RunCleanup(String tenant, Duration staleAfter, boolean dryRun) {
    }
}
