package dev.portside.application.realtime;

/** Commands about asynchronous requests, as raw input: the hub validates every field at once. */
public final class RequestCommands {

    private RequestCommands() {
    }

    /** Queues {@code action} with a JSON object {@code payload} for a live connection. */
    public record Enqueue(String tenant, String connectionId, String action, String payload) {
    }

    /** A worker asks for the oldest PENDING request of the tenant. */
    public record Claim(String tenant) {
    }

    public record ReportProgress(String tenant, String requestId, int progress, String message) {
    }

    public record Complete(String tenant, String requestId, String result) {
    }

    public record Fail(String tenant, String requestId, String error) {
    }

    public record Cancel(String tenant, String requestId) {
    }

    public record Get(String tenant, String requestId) {
    }

    public record ListByConnection(String tenant, String connectionId, int limit, String cursor) {
    }

    public record ListByStatus(String tenant, String status, int limit, String cursor) {
    }
}
