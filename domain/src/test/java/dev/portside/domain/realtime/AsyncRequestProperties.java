package dev.portside.domain.realtime;

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

    sealed interface Step permits Start, Report, Complete, Fail, Cancel {
        Either<Problem, AsyncRequest> apply(AsyncRequest r, Instant now);
    }

    record Start() implements Step {
        public Either<Problem, AsyncRequest> apply(AsyncRequest r, Instant now) {
            return r.start(now);
        }
    }

    record Report(int percent) implements Step {
        public Either<Problem, AsyncRequest> apply(AsyncRequest r, Instant now) {
            return r.reportProgress(new Progress(percent), Option.some("at " + percent));
        }
    }

    record Complete() implements Step {
        public Either<Problem, AsyncRequest> apply(AsyncRequest r, Instant now) {
            return r.complete(new JsonPayload("{\"ok\":true}"), now);
        }
    }

    record Fail() implements Step {
        public Either<Problem, AsyncRequest> apply(AsyncRequest r, Instant now) {
            return r.fail("broken", now);
        }
    }

    record Cancel() implements Step {
        public Either<Problem, AsyncRequest> apply(AsyncRequest r, Instant now) {
            return r.cancel(now);
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
                Arbitraries.just(new Cancel()));
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
        AsyncRequest started = fresh().start(T0).get().reportProgress(new Progress(first), Option.none()).get();
        Either<Problem, AsyncRequest> back = started.reportProgress(new Progress(second), Option.none());
        assertThat(back.isLeft()).isEqualTo(second < first);
        assertThat(started.reportProgress(new Progress(first), Option.none()).isRight()).isTrue();
    }

    @Provide
    Arbitrary<List<Integer>> twoPercents() {
        return Combinators.combine(Arbitraries.integers().between(0, 100), Arbitraries.integers().between(0, 100))
                .as(List::of);
    }

    @Property(tries = 50)
    void starting_counts_an_attempt_and_completing_sets_full_progress(@ForAll("twoPercents") List<Integer> pair) {
        AsyncRequest done = fresh().start(T0).get()
                .reportProgress(new Progress(pair.get(0)), Option.none()).get()
                .complete(JsonPayload.EMPTY, T0.plusSeconds(5)).get();
        assertThat(done.attempts()).isEqualTo(1);
        assertThat(done.progress()).isEqualTo(Progress.DONE);
        assertThat(done.completedAt()).contains(T0.plusSeconds(5));
        assertThat(done.startedAt()).contains(T0);
    }

    static AsyncRequest fresh() {
        Connection connection = Connection.open(new ConnectionId("c1"), TenantId.DEFAULT, new UserId("u1"),
                new Endpoint("wss://example.com/ws"), T0, Duration.ofHours(24));
        return AsyncRequest.pending(new RequestId("r1"), connection, "report", JsonPayload.EMPTY, T0,
                Duration.ofDays(7));
    }
}
