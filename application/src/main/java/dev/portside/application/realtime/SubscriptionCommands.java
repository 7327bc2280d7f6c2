package dev.portside.application.realtime;

import java.util.List;

/** Commands about subscriptions, as raw input: the hub validates every field at once. */
public final class SubscriptionCommands {

    private SubscriptionCommands() {
    }

    public record Subscribe(String tenant, String connectionId, String requestId, List<String> eventTypes) {
    }

    public record Unsubscribe(String tenant, String subscriptionId) {
    }

    public record ListByConnection(String tenant, String connectionId, int limit, String cursor) {
    }

    public record ListByRequest(String tenant, String requestId, int limit, String cursor) {
    }
}
