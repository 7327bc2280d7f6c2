package dev.portside.domain.realtime;

import dev.portside.domain.kernel.Violation;
import io.vavr.control.Validation;

/** An asynchronous request's id. */
public record RequestId(String value) {

    public static Validation<Violation, RequestId> of(String value) {
        return RealtimeIds.of("requestId", value, RequestId::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
