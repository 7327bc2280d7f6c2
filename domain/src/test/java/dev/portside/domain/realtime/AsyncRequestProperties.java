package dev.portside.domain.realtime;

import dev.portside.domain.kernel.UserId;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AsyncRequestProperties {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(5);

    sealed interface Step permits Start, Report, Complete, Fail, Cancel, StaleComplete {
        Either<Problem, AsyncRequest> apply(AsyncRequest r, Instant now);
    }

    record Start() implements Step {
        public Either<Problem, AsyncRequest> apply(AsyncRequest r, Instant now) {
            return r.claim(now, LEASE);
        }
    }

    record Report(int percent) implements Step {
        public Either<Problem, AsyncRequest> apply(AsyncRequest r, Instant now) {
            return r.reportProgress(r.fencingToken(), new Progress(percent), Option.some("at " + percent), now, LEASE);
        }
    }

    record Complete() implements Step {
        public Either<Problem, AsyncRequest> apply(AsyncRequest r, Instant now) {
            return r.complete(r.fencingToken(), new JsonPayload("{\"ok\":true}"), now);
        }
    }

    record Fail() implements Step {
        public Either<Problem, AsyncRequest> apply(AsyncRequest r, Instant now) {
            return r.fail(r.fencingToken(), "broken", now);
        }
    }

    record Cancel() implements Step {
        public Either<Problem, AsyncRequest> apply(AsyncRequest r, Instant now) {
            return r.cancel(now);
        }
    }

    record StaleComplete() implements Step {
        public Either<Problem, AsyncRequest> apply(AsyncRequest r, Instant now) {
            return r.complete(r.fencingToken() - 1, JsonPayload.EMPTY, now);
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Arbitraries.oneOf(
                Arbitraries.just(new Start()),
                Arbitraries.integers().between(0, 100).map(Report::new),
                Arbitraries.integers().between(0, 100).map(Report::new),
                Arbitraries.just(new Complete()),
                Arbitraries.just(new Fail()),
                Arbitraries.just(new Cancel()),
                Arbitraries.just(new StaleComplete()));
        return step.list().ofMaxSize(30);
    }

    @Property(tries = 2000)
    void no_step_ever_leaves_a_terminal_state(@ForAll("steps") List<Step> steps) {
        AsyncRequest current = fresh();
        Instant now = T0;
        for (Step step : steps) {
            now = now.plusSeconds(1);
            Either<Problem, AsyncRequest> next = step.apply(current, now);
            if (current.status().isTerminal()) {
                assertThat(next.isLeft()).as("%s on a %s request", step, current.status()).isTrue();
                assertThat(next.getLeft()).isInstanceOf(Problem.Rejected.class);
            }
            if (next.isRight()) {
                assertThat(current.status() == next.get().status() || current.status().canMoveTo(next.get().status()))
                        .as("%s → %s", current.status(), next.get().status()).isTrue();
                assertThat(next.get().fencingToken()).isGreaterThanOrEqualTo(current.fencingToken());
                current = next.get();
            }
        }
    }

    @Property(tries = 2000)
    void progress_never_decreases_and_stays_within_bounds(@ForAll("steps") List<Step> steps) {
        AsyncRequest current = fresh();
        for (Step step : steps) {
            Either<Problem, AsyncRequest> next = step.apply(current, T0);
            if (next.isRight()) {
                assertThat(next.get().progress().percent())
                        .isGreaterThanOrEqualTo(current.progress().percent())
                        .isBetween(0, 100);
                current = next.get();
            }
        }
    }

    @Property
    void a_lower_progress_is_rejected_and_a_higher_one_accepted(
            @ForAll("twoPercents") List<Integer> pair) {
        int first = Math.max(pair.get(0), pair.get(1));
        int second = Math.min(pair.get(0), pair.get(1));
        AsyncRequest started = fresh().claim(T0, LEASE).get()
                .reportProgress(1, new Progress(first), Option.none(), T0, LEASE).get();
        Either<Problem, AsyncRequest> back = started.reportProgress(1, new Progress(second), Option.none(), T0, LEASE);
        assertThat(back.isLeft()).isEqualTo(second < first);
        assertThat(started.reportProgress(1, new Progress(first), Option.none(), T0, LEASE).isRight()).isTrue();
    }

    @Provide
    Arbitrary<List<Integer>> twoPercents() {
        return Combinators.combine(Arbitraries.integers().between(0, 100), Arbitraries.integers().between(0, 100))
                .as(List::of);
    }

    @Property(tries = 50)
    void starting_counts_an_attempt_and_completing_sets_full_progress(@ForAll("twoPercents") List<Integer> pair) {
        AsyncRequest done = fresh().claim(T0, LEASE).get()
                .reportProgress(1, new Progress(pair.get(0)), Option.none(), T0, LEASE).get()
                .complete(1, JsonPayload.EMPTY, T0.plusSeconds(5)).get();
        assertThat(done.attempts()).isEqualTo(1);
        assertThat(done.progress()).isEqualTo(Progress.DONE);
        assertThat(done.completedAt()).contains(T0.plusSeconds(5));
        assertThat(done.startedAt()).contains(T0);
    }

    @Property(tries = 200)
    void a_lapsed_lease_lets_a_new_claim_in_and_fences_off_the_old_token(
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 20) int secondsLater) {
        AsyncRequest first = fresh().claim(T0, LEASE).get();
        Instant later = T0.plusSeconds(secondsLater);
        Either<Problem, AsyncRequest> second = first.claim(later, LEASE);
        assertThat(second.isRight()).isEqualTo(!later.isBefore(T0.plus(LEASE)));
        if (second.isRight()) {
            AsyncRequest taken = second.get();
            assertThat(taken.fencingToken()).isEqualTo(first.fencingToken() + 1);
            assertThat(taken.claimedUntil()).contains(later.plus(LEASE));
            assertThat(taken.complete(first.fencingToken(), JsonPayload.EMPTY, later).getLeft())
                    .isEqualTo(new Problem.Rejected("realtime.stale-claim", "request r1 is held under claim token 2; "
                            + "token 1 is not the current claim and its change is refused"));
            assertThat(taken.fail(first.fencingToken(), "x", later).isLeft()).isTrue();
            assertThat(taken.complete(taken.fencingToken(), JsonPayload.EMPTY, later).isRight()).isTrue();
        } else {
            assertThat(((Problem.Rejected) second.getLeft()).rule()).isEqualTo("realtime.claimed");
        }
    }

    @Property(tries = 100)
    void progress_renews_the_lease(@ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 4) int seconds) {
        Instant beat = T0.plusSeconds(seconds);
        AsyncRequest renewed = fresh().claim(T0, LEASE).get()
                .reportProgress(1, new Progress(10), Option.none(), beat, LEASE).get();
        assertThat(renewed.claimedUntil()).contains(beat.plus(LEASE));
        assertThat(renewed.isClaimable(T0.plus(LEASE))).isEqualTo(seconds == 0);
    }

    static AsyncRequest fresh() {
        Connection connection = Connection.open(new ConnectionId("c1"), TenantId.DEFAULT, new UserId("u1"),
                new Endpoint("wss://example.com/ws"), T0, Duration.ofHours(24));
        return AsyncRequest.pending(new RequestId("r1"), connection, "report", JsonPayload.EMPTY, T0,
                Duration.ofDays(7));
    }
}
