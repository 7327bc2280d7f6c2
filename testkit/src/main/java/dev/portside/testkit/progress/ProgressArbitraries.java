package dev.portside.testkit.progress;

import dev.portside.application.progress.ProgressInput;
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
    public static Arbitrary<ProgressInput> events(String user, String content, Instant base) {
        Arbitrary<String> state = Arbitraries.of("VIEWED", "in_progress", "COMPLETED");
        Arbitrary<BigDecimal> score = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal(100)).ofScale(2)
                .injectNull(0.3);
        Arbitrary<Long> seconds = Arbitraries.longs().between(0, 7200);
        Arbitrary<String> session = Arbitraries.of("s1", "s2", "s3");
        Arbitrary<Integer> offset = Arbitraries.integers().between(0, 30);
        return Combinators.combine(state, score, seconds, session, offset).as((st, sc, sec, ses, off) ->
                new ProgressInput(user, content, null, st, sc, sec, ses, base.plusSeconds(off)));
    }

    public static ProgressInput valid(String user, String content) {
        return new ProgressInput(user, content, "SAA", "COMPLETED", new BigDecimal("88.5"), 600L, "session-1",
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    public static Arbitrary<Set<Corruption<ProgressInput>>> corruptions() {
        return Arbitraries.of(List.of(
                c("userId", "blank user", e -> new ProgressInput("   ", e.contentId(), e.certification(), e.state(), e.score(), e.timeSpentSeconds(), e.sessionId(), e.at())),
                c("userId", "oversized user", e -> new ProgressInput("u".repeat(10_000), e.contentId(), e.certification(), e.state(), e.score(), e.timeSpentSeconds(), e.sessionId(), e.at())),
                c("contentId", "id with a separator", e -> new ProgressInput(e.userId(), "a#b", e.certification(), e.state(), e.score(), e.timeSpentSeconds(), e.sessionId(), e.at())),
                c("certification", "unknown certification", e -> new ProgressInput(e.userId(), e.contentId(), "ZZZ", e.state(), e.score(), e.timeSpentSeconds(), e.sessionId(), e.at())),
                c("state", "unknown state", e -> new ProgressInput(e.userId(), e.contentId(), e.certification(), "FINISHED", e.score(), e.timeSpentSeconds(), e.sessionId(), e.at())),
                c("state", "missing state", e -> new ProgressInput(e.userId(), e.contentId(), e.certification(), null, e.score(), e.timeSpentSeconds(), e.sessionId(), e.at())),
                c("score", "score above 100", e -> new ProgressInput(e.userId(), e.contentId(), e.certification(), e.state(), new BigDecimal("100.01"), e.timeSpentSeconds(), e.sessionId(), e.at())),
                c("score", "negative score", e -> new ProgressInput(e.userId(), e.contentId(), e.certification(), e.state(), new BigDecimal("-0.5"), e.timeSpentSeconds(), e.sessionId(), e.at())),
                c("score", "three decimals", e -> new ProgressInput(e.userId(), e.contentId(), e.certification(), e.state(), new BigDecimal("55.125"), e.timeSpentSeconds(), e.sessionId(), e.at())),
                c("timeSpentSeconds", "negative time", e -> new ProgressInput(e.userId(), e.contentId(), e.certification(), e.state(), e.score(), -1L, e.sessionId(), e.at())),
                c("at", "year 10000", e -> new ProgressInput(e.userId(), e.contentId(), e.certification(), e.state(), e.score(), e.timeSpentSeconds(), e.sessionId(), Instant.parse("+10000-01-01T00:00:00Z"))),
                c("sessionId", "blank session", e -> new ProgressInput(e.userId(), e.contentId(), e.certification(), e.state(), e.score(), e.timeSpentSeconds(), "", e.at())),
                c("sessionId", "10k-char session", e -> new ProgressInput(e.userId(), e.contentId(), e.certification(), e.state(), e.score(), e.timeSpentSeconds(), "s".repeat(10_000), e.at()))))
                .set().ofMinSize(1).ofMaxSize(7);
    }

    private static Corruption<ProgressInput> c(String field, String what, UnaryOperator<ProgressInput> f) {
        return new Corruption<>(field, what, f);
    }
}
