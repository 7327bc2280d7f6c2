package dev.portside.domain.kernel;

import io.vavr.control.Either;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Retries a commutative change that lost an optimistic-lock race (or hit a retriable outage) a
 * bounded number of times, with jittered backoff. A user's edit is never retried: it returns the
 * {@link Problem.Conflict} so the caller can reload.
 */
public final class Retry {

    private Retry() {
    }

    public static <T> Either<Problem, T> onConflict(int attempts, Supplier<Either<Problem, T>> action) {
        Either<Problem, T> result = action.get();
        for (int attempt = 1; attempt < attempts && result.isLeft() && retriable(result.getLeft()); attempt++) {
            pause(attempt);
            result = action.get();
        }
        return result;
    }

    private static boolean retriable(Problem p) {
        return p instanceof Problem.Conflict || (p instanceof Problem.Unavailable u && u.retriable());
    }

    private static void pause(int attempt) {
        long ceiling = Math.min(50, 1L << Math.min(attempt, 6));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
