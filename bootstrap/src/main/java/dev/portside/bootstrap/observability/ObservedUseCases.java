package dev.portside.bootstrap.observability;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.UseCaseObserver;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.vavr.control.Either;
import java.util.function.Supplier;

/** Runs each use case as an observation {@code portside.use.case} (context, use.case, outcome), the parent of its port calls; a
 * registry without a handler is not asked for one. */
final class ObservedUseCases implements UseCaseObserver {

    private final ObservationRegistry registry;

    ObservedUseCases(ObservationRegistry registry) {
        this.registry = registry;
    }

    @Override
    public <T> Either<Problem, T> observe(String context, String useCase, Supplier<Either<Problem, T>> call) {
        if (registry.isNoop()) {
            return call.get();
        }
        Observation observation = Observation.createNotStarted(Telemetry.USE_CASE, registry)
                .contextualName(context + " " + useCase)
                .lowCardinalityKeyValue("context", context)
                .lowCardinalityKeyValue("use.case", useCase)
                .start();
        String outcome = "exception";
        try (Observation.Scope scope = observation.openScope()) {
            Either<Problem, T> answer = call.get();
            outcome = Telemetry.outcome(answer);
            return answer;
        } catch (RuntimeException | Error e) {
            observation.error(e);
            throw e;
        } finally {
            observation.lowCardinalityKeyValue("outcome", outcome);
            observation.stop();
        }
    }
}
