package dev.portside.domain.progress;

import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * A learner's accumulated progress on one content item under one certification. Recording an event
 * is commutative: the state and best score only rise, time and attempts only add up, the first and
 * last times widen, and the last session is the one of the latest event (ties by session id).
 */
public record ProgressEntry(TenantId tenant, ProgressKey key, ProgressState state, Option<BigDecimal> bestScore,
                            Duration totalTime, long attempts, Option<String> lastSessionId,
                            Instant firstRecordedAt, Instant lastRecordedAt, Revision revision) {

    public ProgressEntry {
        bestScore = bestScore == null ? Option.none() : bestScore.map(s -> s.setScale(2));
        lastSessionId = lastSessionId == null ? Option.none() : lastSessionId;
    }

    public static ProgressEntry start(TenantId tenant, ProgressEvent event) {
        return new ProgressEntry(tenant, event.key(), event.reached(), event.score(), event.timeSpent(), 1,
                event.sessionId(), event.at(), event.at(), Revision.INITIAL);
    }

    public ProgressEntry record(ProgressEvent event) {
        Option<BigDecimal> best = bestScore.isEmpty() ? event.score()
                : event.score().map(s -> s.max(bestScore.get())).orElse(bestScore);
        boolean eventIsLatest = event.at().isAfter(lastRecordedAt)
                || event.at().equals(lastRecordedAt) && compareSessions(event.sessionId(), lastSessionId) > 0;
        return new ProgressEntry(tenant, key, state.atLeast(event.reached()), best, totalTime.plus(event.timeSpent()),
                attempts + 1, eventIsLatest ? event.sessionId() : lastSessionId,
                event.at().isBefore(firstRecordedAt) ? event.at() : firstRecordedAt,
                eventIsLatest ? event.at() : lastRecordedAt, revision);
    }

    public ProgressEntry withRevision(Revision stored) {
        return new ProgressEntry(tenant, key, state, bestScore, totalTime, attempts, lastSessionId, firstRecordedAt,
                lastRecordedAt, stored);
    }

    private static int compareSessions(Option<String> a, Option<String> b) {
        return a.getOrElse("").compareTo(b.getOrElse(""));
    }
}
