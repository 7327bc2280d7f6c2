package dev.portside.domain.realtime;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the hub keeps things alive: a connection after its last activity, a request after it
 * was enqueued, a subscription after it was made.
 */
public record RealtimePolicy(Duration connectionTtl, Duration requestTtl, Duration subscriptionTtl) {

    public static final RealtimePolicy DEFAULT =
            new RealtimePolicy(Duration.ofHours(24), Duration.ofDays(7), Duration.ofHours(24));

    public RealtimePolicy {
        Objects.requireNonNull(connectionTtl, "connectionTtl");
        Objects.requireNonNull(requestTtl, "requestTtl");
        Objects.requireNonNull(subscriptionTtl, "subscriptionTtl");
        if (connectionTtl.isNegative() || connectionTtl.isZero() || requestTtl.isNegative() || requestTtl.isZero()
                || subscriptionTtl.isNegative() || subscriptionTtl.isZero()) {
            throw new IllegalArgumentException("every time-to-live must be positive");
        }
    }
}
