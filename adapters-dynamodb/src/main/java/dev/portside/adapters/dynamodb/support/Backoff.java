package dev.portside.adapters.dynamodb.support;

import dev.portside.domain.kernel.BackendEvents;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The jittered exponential pause between the adapters' own retries (unprocessed batch items, conflicting
 * transactions): half a step of 25 ms doubling up to 1 s, plus a random half; never past the caller's deadline.
 */
final class Backoff {

    private Backoff() {
    }

    /** Sleeps the step of {@code attempt}; false once {@code until} (System.nanoTime) has passed or on interrupt. */
    static boolean pause(int attempt, long until) {
        long now = System.nanoTime();
        if (now > until) {
            return false;
        }
        long ceiling = Math.min(1_000, 25L << Math.min(attempt, 6));
        long step = ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
        try {
            Thread.sleep(Math.min(step, Math.max(1, (until - now) / 1_000_000)));
            BackendEvents.retried(Guard.BACKEND, "retry " + attempt + " after backoff");
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
