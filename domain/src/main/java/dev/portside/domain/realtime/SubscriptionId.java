package dev.portside.domain.realtime;

import dev.portside.domain.kernel.Violation;
import io.vavr.control.Validation;

/** A subscription's id. */
public record SubscriptionId(String value) {

    public static Validation<Violation, SubscriptionId> of(String value) {
        return RealtimeIds.of("subscriptionId", value, SubscriptionId::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
