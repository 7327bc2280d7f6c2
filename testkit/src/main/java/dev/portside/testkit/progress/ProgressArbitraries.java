package dev.portside.testkit.progress;

import dev.portside.application.progress.ProgressCommands.Event;
import dev.portside.testkit.content.Corruption;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators for progress events: valid ones for one content item and corruptions of a valid one. */
public final class ProgressArbitraries {

    private ProgressArbitraries() {
    }

    /** Valid events of {@code user} on {@code content}, certification left for detection. */
    public static Arbitrary<Event> events(String user, String content, Instant base) {
        Arbitrary<String> state = Arbitraries.of("VIEWED", "in_progress", "COMPLETED");
        Arbitrary<BigDecimal> score = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal(100)).ofScale(2)
                .injectNull(0.3);
        Arbitrary<Long> seconds = Arbitraries.longs().between(0, 7200);
        Arbitrary<String> session = Arbitraries.of("s1", "s2", "s3");
        Arbitrary<Integer> offset = Arbitraries.integers().between(0, 30);
        return Combinators.combine(state, score, seconds, session, offset).as((st, sc, sec, ses, off) ->
                Event.builder().userId(user).contentId(content).state(st).score(sc).timeSpentSeconds(sec).sessionId(ses)
                        .at(base.plusSeconds(off)).build());
    }

    public static Event valid(String user, String content) {
        return Event.builder().userId(user).contentId(content).certification("SAA").state("COMPLETED")
                .score(new BigDecimal("88.5")).timeSpentSeconds(600L).sessionId("session-1")
                .at(Instant.parse("2026-01-01T00:00:00Z")).build();
    }

    public static Arbitrary<Set<Corruption<Event>>> corruptions() {
        return Arbitraries.of(List.of(
                c("userId", "blank user", e -> e.userId("   ")),
                c("userId", "oversized user", e -> e.userId("u".repeat(10_000))),
                c("contentId", "id with a separator", e -> e.contentId("a#b")),
                c("certification", "unknown certification", e -> e.certification("ZZZ")),
                c("state", "unknown state", e -> e.state("FINISHED")),
                c("state", "missing state", e -> e.state(null)),
                c("score", "score above 100", e -> e.score(new BigDecimal("100.01"))),
                c("score", "negative score", e -> e.score(new BigDecimal("-0.5"))),
                c("score", "three decimals", e -> e.score(new BigDecimal("55.125"))),
                c("timeSpentSeconds", "negative time", e -> e.timeSpentSeconds(-1L)),
                c("at", "year 10000", e -> e.at(Instant.parse("+10000-01-01T00:00:00Z"))),
                c("sessionId", "blank session", e -> e.sessionId("")),
                c("sessionId", "10k-char session", e -> e.sessionId("s".repeat(10_000)))))
                .set().ofMinSize(1).ofMaxSize(7);
    }

    private static Corruption<Event> c(String field, String what, UnaryOperator<Event.Builder> f) {
        return new Corruption<>(field, what, e -> f.apply(e.toBuilder()).build());
    }
}
