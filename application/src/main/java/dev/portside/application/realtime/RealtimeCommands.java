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

    /** A worker asks for the oldest PENDING request of the tenant (or one whose worker's lease ran out). */
    public record ClaimRequest(String tenant) {
    }

    /**
     * The worker holding claim {@code claimToken} (the fencing token its claim returned) reports progress; it renews
     * the claim's lease. {@code message} is optional.
     */
    public record ReportProgress(String tenant, String requestId, long claimToken, int progress, String message) {
    }

    /** The worker holding claim {@code claimToken} completes; {@code result} null completes with an empty object. */
    public record CompleteRequest(String tenant, String requestId, long claimToken, String result) {
    }

    /** The worker holding claim {@code claimToken} gives up with {@code error}. */
    public record FailRequest(String tenant, String requestId, long claimToken, String error) {
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

    /**
     * Removes connections idle for longer than {@code staleAfter} (with their subscriptions) and expired items; at most
     * {@code batchSize} stale connections, expired requests and expired subscriptions each (null: all of them; at most
     * 100000), the rest left to the next run.
     */
    public record RunCleanup(String tenant, Duration staleAfter, boolean dryRun, Integer batchSize) {
        public RunCleanup(String tenant, Duration staleAfter, boolean dryRun) {
            this(tenant, staleAfter, dryRun, null);
        }
    }
}
