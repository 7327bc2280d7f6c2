package dev.portside.domain.realtime;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the hub keeps things alive: a connection after its last activity, a request after it
 * was enqueued, a subscription after it was made; and how long a worker's claim on a request lasts
 * without a heartbeat before another worker may claim it again.
 */
public record RealtimePolicy(Duration connectionTtl, Duration requestTtl, Duration subscriptionTtl,
                             Duration claimLease) {

    public static final RealtimePolicy DEFAULT = new RealtimePolicy(Duration.ofHours(24), Duration.ofDays(7),
            Duration.ofHours(24), Duration.ofMinutes(5));

    public RealtimePolicy {
        Objects.requireNonNull(connectionTtl, "connectionTtl");
        Objects.requireNonNull(requestTtl, "requestTtl");
        Objects.requireNonNull(subscriptionTtl, "subscriptionTtl");
        Objects.requireNonNull(claimLease, "claimLease");
        if (connectionTtl.isNegative() || connectionTtl.isZero() || requestTtl.isNegative() || requestTtl.isZero()
                || subscriptionTtl.isNegative() || subscriptionTtl.isZero()
                || claimLease.isNegative() || claimLease.isZero()) {
            throw new IllegalArgumentException("every time-to-live and the claim lease must be positive");
        }
    }
}
