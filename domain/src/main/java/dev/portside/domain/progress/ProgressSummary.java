package dev.portside.domain.progress;

import dev.portside.domain.kernel.UserId;

import dev.portside.domain.content.CertificationType;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * A learner's standing in one certification: items completed (or mastered) out of the active items,
 * the average best score over scored entries (two decimals, half-up) and the total time spent.
 */
public record ProgressSummary(UserId user, CertificationType certification, long completedItems, long activeItems,
                              Option<BigDecimal> averageBestScore, Duration totalTime, long entries) {
}
