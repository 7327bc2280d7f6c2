package dev.portside.testkit.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One run of port calls under an injector's faults: each call must end within the deadline and fail, if at all,
 * as a typed Problem (an exception is a violation). {@link #verify()} reports every violation with the seed.
 */
public final class FaultyRun {

    private final FaultInjector injector;
    private final Duration deadline;
    private final List<String> violations = new ArrayList<>();

    public FaultyRun(FaultInjector injector, Duration deadline) {
        this.injector = injector;
        this.deadline = deadline;
    }

    /** Runs {@code call} (named {@code what}); an exception becomes a non-retriable Unavailable and a violation. */
    public <T> Either<Problem, T> call(String what, Supplier<Either<Problem, T>> call) {
        long start = System.nanoTime();
        try {
            return call.get();
        } catch (RuntimeException e) {
            violations.add(what + " threw " + e);
            return Either.left(new Problem.Unavailable("test", false, what + ": threw"));
        } finally {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            if (took.compareTo(deadline) > 0) {
                violations.add(what + " took " + took.toMillis() + " ms, past the deadline of " + deadline);
            }
        }
    }

    /** Records that {@code what} broke an invariant. */
    public void violation(String what) {
        violations.add(what);
    }

    public String replay() {
        return injector.replay();
    }

    /** Fails with every violation and the seed that replays them. */
    public void verify() {
        assertThat(violations).as(injector.replay()).isEmpty();
    }
}
