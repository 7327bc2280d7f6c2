package dev.portside.bootstrap.observability;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.UseCaseObserver;
import io.micrometer.core.instrument.Tags;
import io.vavr.control.Either;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Times each use case straight into a meter registry ({@code portside.use.case}: context, use.case, outcome) when
 * the host passed no observation registry: the same meter as the observation path, without its per-call objects.
 * A use case's timers are resolved on its first call and kept.
 */
final class TimedUseCases implements UseCaseObserver {

    private final PortsideTimers meters;
    private final Map<String, Map<String, PortsideTimers.ForOutcomes>> timers = new ConcurrentHashMap<>();

    TimedUseCases(PortsideTimers meters) {
        this.meters = meters;
    }

    @Override
    public <T> Either<Problem, T> observe(String context, String useCase, Supplier<Either<Problem, T>> call) {
        long start = System.nanoTime();
        String outcome = "exception";
        try {
            Either<Problem, T> answer = call.get();
            outcome = Telemetry.outcome(answer);
            return answer;
        } finally {
            long elapsed = System.nanoTime() - start;
            timers(context, useCase).of(outcome).record(elapsed, TimeUnit.NANOSECONDS);
        }
    }

    private PortsideTimers.ForOutcomes timers(String context, String useCase) {
        Map<String, PortsideTimers.ForOutcomes> ofContext = timers.get(context);
        PortsideTimers.ForOutcomes found = ofContext == null ? null : ofContext.get(useCase);
        if (found != null) {
            return found;
        }
        return timers.computeIfAbsent(context, c -> new ConcurrentHashMap<>()).computeIfAbsent(useCase,
                u -> meters.forOutcomes(Telemetry.USE_CASE, Tags.of("context", context, "use.case", u)));
    }
}
