package dev.portside.bootstrap.observability;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.UseCaseObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.vavr.control.Either;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Times each use case straight into a meter registry ({@code portside.use.case}: context, use.case, outcome) when
 * the host passed no observation registry: the same meter as the observation path, without its per-call objects.
 */
final class TimedUseCases implements UseCaseObserver {

    private final MeterRegistry registry;
    private final Map<String, Map<String, PortsideTimers.ForOutcomes>> timers = new ConcurrentHashMap<>();

    TimedUseCases(MeterRegistry registry) {
        this.registry = registry;
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
            timers(context, useCase).of(outcome).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    private PortsideTimers.ForOutcomes timers(String context, String useCase) {
        return timers.computeIfAbsent(context, c -> new ConcurrentHashMap<>()).computeIfAbsent(useCase,
                u -> PortsideTimers.forOutcomes(registry, Telemetry.USE_CASE, Tags.of("context", context, "use.case", u)));
    }
}
