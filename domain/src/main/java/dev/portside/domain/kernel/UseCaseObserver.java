package dev.portside.domain.kernel;

import io.vavr.control.Either;
import java.util.function.Supplier;

/**
 * Watches each use case a facade runs: the facade hands it the context, the use case's name and the call, and
 * gets the call's answer back unchanged. A host's metrics or tracing plug in here; {@link #NONE} just runs the
 * call, and is what a facade built without an observer uses.
 */
public interface UseCaseObserver {

    UseCaseObserver NONE = new UseCaseObserver() {
        @Override
        public <T> Either<Problem, T> observe(String context, String useCase, Supplier<Either<Problem, T>> call) {
            return call.get();
        }
    };

    /** Runs {@code call} as use case {@code useCase} of {@code context} and returns what it answered. */
    <T> Either<Problem, T> observe(String context, String useCase, Supplier<Either<Problem, T>> call);
}
