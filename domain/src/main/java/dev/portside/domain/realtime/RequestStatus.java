package dev.portside.domain.realtime;

import dev.portside.domain.kernel.Violation;
import io.vavr.control.Validation;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The life of an asynchronous request: PENDING → PROCESSING → COMPLETED or FAILED, and CANCELLED
 * from PENDING or PROCESSING. COMPLETED, FAILED and CANCELLED are terminal: nothing leaves them.
 */
public enum RequestStatus {
    PENDING, PROCESSING, COMPLETED, FAILED, CANCELLED;

    public boolean isTerminal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }

    public Set<RequestStatus> successors() {
        return switch (this) {
            case PENDING -> EnumSet.of(PROCESSING, CANCELLED);
            case PROCESSING -> EnumSet.of(COMPLETED, FAILED, CANCELLED);
            case COMPLETED, FAILED, CANCELLED -> EnumSet.noneOf(RequestStatus.class);
        };
    }

    public boolean canMoveTo(RequestStatus next) {
        return successors().contains(next);
    }

    public static Validation<Violation, RequestStatus> of(String value) {
        if (value != null) {
            String wanted = value.strip().toUpperCase(Locale.ROOT);
            for (RequestStatus status : values()) {
                if (status.name().equals(wanted)) {
                    return Validation.valid(status);
                }
            }
        }
        return Validation.invalid(Violation.of("status", value, "must be one of " + Arrays.toString(values())));
    }
}
