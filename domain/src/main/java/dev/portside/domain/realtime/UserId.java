package dev.portside.domain.realtime;

import dev.portside.domain.kernel.Violation;
import io.vavr.control.Validation;

/** The user owning a connection and its requests. */
public record UserId(String value) {

    public static Validation<Violation, UserId> of(String value) {
        return RealtimeIds.of("userId", value, UserId::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
