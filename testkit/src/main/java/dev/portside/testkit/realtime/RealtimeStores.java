package dev.portside.testkit.realtime;

import dev.portside.domain.realtime.ConnectionStore;
import dev.portside.domain.realtime.RequestQueue;
import dev.portside.domain.realtime.SubscriptionStore;

/** The three realtime ports of one adapter, as a hub needs them. */
public record RealtimeStores(ConnectionStore connections, RequestQueue queue, SubscriptionStore subscriptions) {
}
