package dev.portside.adapters.sql.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The seed of a fault test: {@code -Dportside.sql.faults.seed=N} replays run N, otherwise a fresh one is drawn. It is
 * printed when the run starts, and a failure carries it with every fault injected so far.
 */
final class FaultSeed {

    static final String PROPERTY = "portside.sql.faults.seed";

    final long seed;
    final Random random;
    private final List<String> faults = new ArrayList<>();

    private FaultSeed(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    static FaultSeed pick(String test) {
        String fixed = System.getProperty(PROPERTY);
        FaultSeed seed = new FaultSeed(fixed != null ? Long.parseLong(fixed) : ThreadLocalRandom.current().nextLong());
        System.out.println(test + ": fault seed " + seed.seed + " (replay with -D" + PROPERTY + "=" + seed.seed + ")");
        return seed;
    }

    synchronized void injected(String fault) {
        faults.add(fault);
    }

    synchronized List<String> faults() {
        return List.copyOf(faults);
    }

    interface Body {
        void run() throws Exception;
    }

    /** Runs {@code body}; a failure names the seed that replays it and the faults injected. */
    void replayable(Body body) throws Exception {
        try {
            body.run();
        } catch (AssertionError | Exception e) {
            throw new AssertionError("fault seed " + seed + " (replay with -D" + PROPERTY + "=" + seed + "), faults "
                    + faults(), e);
        }
    }
}
