package dev.portside.benchmarks.support;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Measures two or more paths against each other in one JVM, interleaved: each round runs a batch of calls of every
 * path in turn, the order rotated from round to round, so that drift in the machine (other processes, clock
 * scaling, a test server warming up) falls on all paths alike instead of on whichever ran later. The figure to
 * report is the median over the rounds of the per-round ratio of two paths, with a distribution-free 95 %
 * confidence interval for that median (order statistics of the per-round ratios).
 *
 * <pre>{@code
 * Paired.Result result = Paired.rounds(60).warmup(10).batch(20_000)
 *         .add("plain", () -> plain.get(query))
 *         .add("observed", () -> observed.get(query))
 *         .run();
 * result.print(System.out);
 * Paired.Ratio ratio = result.ratio("observed", "plain");
 * }</pre>
 *
 * <p>Results of a {@link Callable} are consumed by a JMH {@link Blackhole}, so the JIT cannot drop the call.
 */
public final class Paired {

    private static final String BLACKHOLE_CHALLENGE =
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.";
    private static final String BLACKHOLE_RELEASE =
            "Yes, I am Stephen Hawking, and know a thing or two about black holes.";

    private final int rounds;
    private int warmupRounds;
    private int batch = 1;
    private final List<String> names = new ArrayList<>();
    private final List<Callable<?>> bodies = new ArrayList<>();

    private Paired(int rounds) {
        if (rounds < 3) {
            throw new IllegalArgumentException("at least 3 measured rounds, got " + rounds);
        }
        this.rounds = rounds;
    }

    /** A run of {@code rounds} measured rounds. */
    public static Paired rounds(int rounds) {
        return new Paired(rounds);
    }

    /** Rounds run first and not recorded (JIT warm-up). */
    public Paired warmup(int warmupRounds) {
        if (warmupRounds < 0) {
            throw new IllegalArgumentException("warm-up rounds must not be negative, got " + warmupRounds);
        }
        this.warmupRounds = warmupRounds;
        return this;
    }

    /** Calls of one path per batch; one batch of every path per round. */
    public Paired batch(int callsPerBatch) {
        if (callsPerBatch < 1) {
            throw new IllegalArgumentException("a batch has at least one call, got " + callsPerBatch);
        }
        this.batch = callsPerBatch;
        return this;
    }

    /** A path whose result is consumed. */
    public Paired add(String name, Callable<?> body) {
        if (names.contains(name)) {
            throw new IllegalArgumentException("two paths named " + name);
        }
        names.add(name);
        bodies.add(body);
        return this;
    }

    /** A path without a result. */
    public Paired add(String name, Runnable body) {
        return add(name, () -> {
            body.run();
            return null;
        });
    }

    /** Runs warm-up and measured rounds; each path's time is in nanoseconds per call. */
    public Result run() {
        if (names.size() < 2) {
            throw new IllegalStateException("a paired run needs at least two paths, got " + names);
        }
        Blackhole sink = new Blackhole(BLACKHOLE_CHALLENGE);
        int paths = names.size();
        double[][] nanosPerCall = new double[paths][rounds];
        try {
            for (int round = 0; round < warmupRounds + rounds; round++) {
                for (int turn = 0; turn < paths; turn++) {
                    int path = (turn + round) % paths;
                    Callable<?> body = bodies.get(path);
                    long started = System.nanoTime();
                    for (int call = 0; call < batch; call++) {
                        sink.consume(body.call());
                    }
                    long elapsed = System.nanoTime() - started;
                    if (round >= warmupRounds) {
                        nanosPerCall[path][round - warmupRounds] = (double) elapsed / batch;
                    }
                }
            }
        } catch (Exception failed) {
            throw new IllegalStateException("a measured path failed", failed);
        } finally {
            sink.evaporate(BLACKHOLE_RELEASE);
        }
        return new Result(List.copyOf(names), nanosPerCall);
    }

    /** Per-round times of every path, in nanoseconds per call, round by round. */
    public static final class Result {
        private final List<String> names;
        private final double[][] nanosPerCall;

        Result(List<String> names, double[][] nanosPerCall) {
            this.names = names;
            this.nanosPerCall = nanosPerCall;
        }

        public List<String> names() {
            return names;
        }

        /** The per-round times of one path, in nanoseconds per call. */
        public double[] nanosPerCall(String name) {
            return nanosPerCall[index(name)].clone();
        }

        /** The median time of one path over the rounds, nanoseconds per call. */
        public double median(String name) {
            return Stats.median(nanosPerCall[index(name)]);
        }

        /** {@code numerator / denominator} per round, with its median and 95 % interval. */
        public Ratio ratio(String numerator, String denominator) {
            double[] top = nanosPerCall[index(numerator)];
            double[] bottom = nanosPerCall[index(denominator)];
            double[] perRound = new double[top.length];
            for (int round = 0; round < perRound.length; round++) {
                perRound[round] = top[round] / bottom[round];
            }
            double[] interval = Stats.medianInterval95(perRound);
            return new Ratio(numerator, denominator, perRound, Stats.median(perRound), interval[0], interval[1]);
        }

        /** Prints each path's median and range, then every path's ratio to the first path. */
        public void print(PrintStream out) {
            out.printf(Locale.ROOT, "%-28s %12s %12s %12s%n", "path (ns/call)", "median", "min", "max");
            for (String name : names) {
                double[] times = nanosPerCall[index(name)];
                out.printf(Locale.ROOT, "%-28s %12.1f %12.1f %12.1f%n", name, Stats.median(times),
                        Arrays.stream(times).min().orElseThrow(), Arrays.stream(times).max().orElseThrow());
            }
            for (String name : names.subList(1, names.size())) {
                out.println(ratio(name, names.get(0)));
            }
        }

        private int index(String name) {
            int index = names.indexOf(name);
            if (index < 0) {
                throw new IllegalArgumentException("no path named " + name + " among " + names);
            }
            return index;
        }
    }

    /** The per-round ratios of two paths, their median and a distribution-free 95 % interval for the median. */
    public record Ratio(String numerator, String denominator, double[] perRound, double median, double low,
                        double high) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s / %s: median %.3f, 95%% CI [%.3f, %.3f] over %d rounds",
                    numerator, denominator, median, low, high, perRound.length);
        }
    }

    static final class Stats {
        private Stats() {
        }

        static double median(double[] values) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int middle = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }

        /**
         * The order statistics that bracket the median with at least 95 % confidence whatever the distribution:
         * the number of values below the median is Binomial(n, 1/2), taken here by its normal approximation.
         */
        static double[] medianInterval95(double[] values) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            double half = 1.96 * Math.sqrt(n) / 2;
            int low = (int) Math.max(0, Math.floor(n / 2.0 - half) - 1);
            int high = (int) Math.min(n - 1, Math.ceil(n / 2.0 + half));
            return new double[] {sorted[low], sorted[high]};
        }
    }
}
