package dev.portside.application.progress;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One progress event as a caller sends it. {@code certification} may be null (detected from the
 * content); {@code score}, {@code sessionId} and {@code at} (defaults to now) are optional.
 */
public record ProgressInput(String userId, String contentId, String certification, String state, BigDecimal score,
                            Long timeSpentSeconds, String sessionId, Instant at) {
}
