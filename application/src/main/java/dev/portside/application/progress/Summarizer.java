package dev.portside.application.progress;

import dev.portside.domain.content.CertificationType;
import dev.portside.domain.progress.ProgressEntry;
import dev.portside.domain.progress.ProgressSummary;
import dev.portside.domain.kernel.UserId;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** Accumulates a learner's entries of one certification into a {@link ProgressSummary}. */
final class Summarizer {

    private final UserId user;
    private final CertificationType certification;
    private final long activeItems;
    private long completed;
    private long entries;
    private long scored;
    private BigDecimal scoreSum = BigDecimal.ZERO;
    private Duration time = Duration.ZERO;

    Summarizer(UserId user, CertificationType certification, long activeItems) {
        this.user = user;
        this.certification = certification;
        this.activeItems = activeItems;
    }

    /** Adds an entry; {@code done} when it is done on content that is still active. */
    void add(ProgressEntry entry, boolean done) {
        entries++;
        if (done) {
            completed++;
        }
        if (entry.bestScore().isDefined()) {
            scored++;
            scoreSum = scoreSum.add(entry.bestScore().get());
        }
        time = time.plus(entry.totalTime());
    }

    ProgressSummary result() {
        Option<BigDecimal> average = scored == 0 ? Option.none()
                : Option.of(scoreSum.divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_UP));
        return new ProgressSummary(user, certification, completed, activeItems, average, time, entries);
    }
}
