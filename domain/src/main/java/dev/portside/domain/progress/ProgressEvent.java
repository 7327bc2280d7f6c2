package dev.portside.domain.progress;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One validated observation of a learner's activity: a state reached, an optional score (0..100,
 * two decimals), time spent, the session and when it happened (to the millisecond).
 */
public record ProgressEvent(ProgressKey key, ProgressState state, Option<BigDecimal> score, Duration timeSpent,
                            Option<String> sessionId, Instant at) {

    public static final BigDecimal MASTERY = new BigDecimal("90");

    public ProgressEvent {
        score = score == null ? Option.none() : score.map(s -> s.setScale(2));
        sessionId = sessionId == null ? Option.none() : sessionId;
        at = at.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The state this event proves: a completion scored at least 90 is mastery. */
    public ProgressState reached() {
        boolean mastered = state == ProgressState.COMPLETED && score.exists(s -> s.compareTo(MASTERY) >= 0);
        return mastered ? ProgressState.MASTERED : state;
    }
}
