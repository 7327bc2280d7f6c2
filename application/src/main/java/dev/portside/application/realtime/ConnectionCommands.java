package dev.portside.application.realtime;

/** Commands about connections, as raw input: the hub validates every field at once. */
public final class ConnectionCommands {

    private ConnectionCommands() {
    }

    /** Opens a connection; a null {@code connectionId} gets a generated one. */
    public record Connect(String tenant, String connectionId, String user, String endpoint) {
    }

    public record Touch(String tenant, String connectionId) {
    }

    public record Disconnect(String tenant, String connectionId) {
    }

    public record ListByUser(String tenant, String user, int limit, String cursor) {
    }

    public record ListByTenant(String tenant, int limit, String cursor) {
    }
}
