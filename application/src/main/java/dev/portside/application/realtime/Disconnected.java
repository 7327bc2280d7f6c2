package dev.portside.application.realtime;

import dev.portside.domain.realtime.Connection;

/** The connection that was removed and how many of its subscriptions went with it. */
public record Disconnected(Connection connection, int subscriptionsRemoved) {
}
