package dev.portside.domain.progress;

import dev.portside.domain.kernel.UserId;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.content.CertificationType;
import dev.portside.domain.content.ContentId;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class ProgressEntryProperties {

    private static final ProgressKey KEY = new ProgressKey(new UserId("u1"), new ContentId("c1"), CertificationType.SAA);

    @Example
    void viewing_after_completing_keeps_completed() {
        ProgressEntry entry = ProgressEntry.start(TenantId.DEFAULT, event(ProgressState.COMPLETED, "70", 60, 1))
                .record(event(ProgressState.VIEWED, null, 30, 2));
        assertThat(entry.state()).isEqualTo(ProgressState.COMPLETED);
        assertThat(entry.totalTime()).isEqualTo(Duration.ofSeconds(90));
        assertThat(entry.attempts()).isEqualTo(2);
        assertThat(entry.bestScore().get()).isEqualByComparingTo("70");
    }

    @Example
    void completing_with_ninety_or_more_is_mastery() {
        assertThat(event(ProgressState.COMPLETED, "90.00", 1, 1).reached()).isEqualTo(ProgressState.MASTERED);
        assertThat(event(ProgressState.COMPLETED, "89.99", 1, 1).reached()).isEqualTo(ProgressState.COMPLETED);
        assertThat(event(ProgressState.IN_PROGRESS, "95", 1, 1).reached()).isEqualTo(ProgressState.IN_PROGRESS);
    }

    @Property
    void progress_never_regresses_and_time_only_accumulates(@ForAll @Size(min = 1, max = 30) List<@From("events") ProgressEvent> events) {
        ProgressEntry entry = ProgressEntry.start(TenantId.DEFAULT, events.get(0));
        for (ProgressEvent e : events.subList(1, events.size())) {
            ProgressEntry next = entry.record(e);
            assertThat(next.state()).isGreaterThanOrEqualTo(entry.state()).isGreaterThanOrEqualTo(e.reached());
            assertThat(next.totalTime()).isEqualTo(entry.totalTime().plus(e.timeSpent()));
            assertThat(next.attempts()).isEqualTo(entry.attempts() + 1);
            if (entry.bestScore().isDefined()) {
                assertThat(next.bestScore().get()).isGreaterThanOrEqualTo(entry.bestScore().get());
            }
            assertThat(next.firstRecordedAt()).isBeforeOrEqualTo(entry.firstRecordedAt());
            assertThat(next.lastRecordedAt()).isAfterOrEqualTo(entry.lastRecordedAt());
            entry = next;
        }
    }

    @Property
    void the_outcome_does_not_depend_on_the_order_of_events(@ForAll @Size(min = 1, max = 30) List<@From("events") ProgressEvent> events,
                                                            @ForAll long seed) {
        List<ProgressEvent> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(fold(shuffled)).isEqualTo(fold(events));
    }

    @Property
    void the_best_score_is_the_highest_score_seen(@ForAll @Size(min = 1, max = 30) List<@From("events") ProgressEvent> events) {
        Option<BigDecimal> expected = events.stream().flatMap(e -> e.score().toJavaStream())
                .max(BigDecimal::compareTo).map(Option::of).orElse(Option.none());
        assertThat(fold(events).bestScore()).isEqualTo(expected);
    }

    private static ProgressEntry fold(List<ProgressEvent> events) {
        ProgressEntry entry = ProgressEntry.start(TenantId.DEFAULT, events.get(0));
        for (ProgressEvent e : events.subList(1, events.size())) {
            entry = entry.record(e);
        }
        return entry;
    }

    @Provide
    Arbitrary<ProgressEvent> events() {
        Arbitrary<ProgressState> state = Arbitraries.of(ProgressState.VIEWED, ProgressState.IN_PROGRESS,
                ProgressState.COMPLETED);
        Arbitrary<Option<BigDecimal>> score = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal(100))
                .ofScale(2).map(Option::of).injectNull(0.3).map(o -> o == null ? Option.none() : o);
        Arbitrary<Long> seconds = Arbitraries.longs().between(0, 10_000);
        Arbitrary<Option<String>> session = Arbitraries.of("s1", "s2", "s3").map(Option::of);
        Arbitrary<Long> at = Arbitraries.longs().between(0, 20);
        return Combinators.combine(state, score, seconds, session, at).as((st, sc, sec, ses, t) ->
                new ProgressEvent(KEY, st, sc, Duration.ofSeconds(sec), ses, Instant.ofEpochSecond(1_700_000_000 + t)));
    }

    private static ProgressEvent event(ProgressState state, String score, long seconds, long at) {
        return new ProgressEvent(KEY, state, Option.of(score).map(BigDecimal::new), Duration.ofSeconds(seconds),
                Option.of("s"), Instant.ofEpochSecond(at));
    }
}
