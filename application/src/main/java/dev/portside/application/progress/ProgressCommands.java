package dev.portside.application.progress;

import dev.portside.domain.kernel.Cursor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The commands of {@link ProgressTracker}: raw caller input, validated by the use case (all violations
 * at once). A listing takes at most {@code limit} items after {@code after}, the cursor the previous
 * page gave ({@code page.next().getOrNull()}; null for the first page).
 */
public final class ProgressCommands {

    private ProgressCommands() {
    }

    /** Record one event. */
    public record RecordProgress(String tenant, Event event) {
    }

    /** Bulk import of many events (up to {@link ProgressTracker#MAX_BATCH}). */
    public record RecordAllProgress(String tenant, List<Event> events) {
    }

    public record GetProgress(String tenant, String userId, String contentId, String certification) {
    }

    /** Delete an entry for good; {@code expectedRevision} is required. */
    public record ForgetProgress(String tenant, String userId, String contentId, String certification,
                                 Long expectedRevision) {
    }

    /** {@code certification} may be null for all. */
    public record ListProgressByUser(String tenant, String userId, String certification, int limit, Cursor after) {
    }

    /** Entries last recorded in {@code [from, to)}. */
    public record ListProgressByCertification(String tenant, String certification, Instant from, Instant to,
                                              int limit, Cursor after) {
    }

    /** A learner's summary in one certification. */
    public record SummarizeProgress(String tenant, String userId, String certification) {
    }

    /**
     * One learning event as a caller sends it; build one with {@link #builder()}. {@code certification}
     * may be null (detected from the content); {@code score}, {@code timeSpentSeconds} (0),
     * {@code sessionId} and {@code at} (now) are optional.
     */
    public record Event(String userId, String contentId, String certification, String state, BigDecimal score,
                        Long timeSpentSeconds, String sessionId, Instant at) {

        public static Builder builder() {
            return new Builder();
        }

        public Builder toBuilder() {
            return builder().userId(userId).contentId(contentId).certification(certification).state(state)
                    .score(score).timeSpentSeconds(timeSpentSeconds).sessionId(sessionId).at(at);
        }

        /** Sets the fields of an {@link Event}; a field not set stays null. */
        public static final class Builder {

            private String userId;
            private String contentId;
            private String certification;
            private String state;
            private BigDecimal score;
            private Long timeSpentSeconds;
            private String sessionId;
            private Instant at;

            private Builder() {
            }

            public Builder userId(String value) {
                userId = value;
                return this;
            }

            public Builder contentId(String value) {
                contentId = value;
                return this;
            }

            public Builder certification(String value) {
                certification = value;
                return this;
            }

            /** One of {@link dev.portside.domain.progress.ProgressState}, any case. */
            public Builder state(String value) {
                state = value;
                return this;
            }

            public Builder score(BigDecimal value) {
                score = value;
                return this;
            }

            public Builder timeSpentSeconds(Long value) {
                timeSpentSeconds = value;
                return this;
            }

            public Builder sessionId(String value) {
                sessionId = value;
                return this;
            }

            public Builder at(Instant value) {
                at = value;
                return this;
            }

            public Event build() {
                return new Event(userId, contentId, certification, state, score, timeSpentSeconds, sessionId, at);
            }
        }
    }
}
