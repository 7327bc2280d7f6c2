package dev.portside.domain.realtime;

import dev.portside.domain.kernel.Violation;
import io.vavr.control.Validation;

/** A WebSocket connection's id (as given by the gateway or generated). */
public record ConnectionId(String value) {

    public static Validation<Violation, ConnectionId> of(String value) {
        return RealtimeIds.of("connectionId", value, ConnectionId::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
