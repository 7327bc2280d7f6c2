package dev.portside.benchmarks.peers;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The client-side cost of each {@link EnhancedClientPeer} operation, without the server's variance: the CPU time of
 * the calling thread (the sync client builds, signs, sends, parses and maps in the caller; waiting for the server
 * costs no CPU) and the bytes it allocates per call, for the Portside adapter, the Enhanced Client and the raw client
 * on the same items of the DynamoDB test server, in rounds with the order of the paths rotated. The paths are the
 * peer's own, so both harnesses measure the same calls. Allocation does not depend on the machine's load; the CPU
 * figures are inflated by it (shared cores and caches), their per-round ratios less so.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.portside.benchmarks.peers.ClientOverhead \
 *     [rounds=40] [batch=50] [operation...]
 * </pre>
 *
 * Operations: {@code content-get content-put content-query member-get member-put members-query} (all by default).
 */
public final class ClientOverhead {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    /** Takes every result, so that no call can be dropped as unused (a transaction's result is null). */
    private static volatile Object sink;

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        List<String> only = args.length > 2 ? Arrays.asList(args).subList(2, args.length) : List.of();
        EnhancedClientPeer peer = new EnhancedClientPeer();
        peer.check();
        Map<String, Map<String, Callable<Object>>> operations = new LinkedHashMap<>();
        operations.put("content-get", paths(peer::contentGetPortside, peer::contentGetEnhanced, peer::contentGetRaw));
        operations.put("content-put", paths(peer::contentPutPortside, peer::contentPutEnhanced, peer::contentPutRaw));
        operations.put("content-query", paths(peer::contentQueryPortside, peer::contentQueryEnhanced,
                peer::contentQueryRaw));
        operations.put("member-get", paths(peer::memberGetPortside, peer::memberGetEnhanced, peer::memberGetRaw));
        operations.put("member-put", paths(peer::memberPutPortside, peer::memberPutEnhanced, null));
        operations.put("members-query", paths(peer::membersQueryPortside, peer::membersQueryEnhanced,
                peer::membersQueryRaw));
        List<String> summary = new ArrayList<>();
        for (Map.Entry<String, Map<String, Callable<Object>>> operation : operations.entrySet()) {
            if (only.isEmpty() || only.contains(operation.getKey())) {
                summary.addAll(measure(operation.getKey(), operation.getValue(), rounds, batch));
            }
        }
        System.out.println();
        summary.forEach(System.out::println);
    }

    private static Map<String, Callable<Object>> paths(Callable<Object> portside, Callable<Object> enhanced,
                                                       Callable<Object> raw) {
        Map<String, Callable<Object>> paths = new LinkedHashMap<>();
        if (raw != null) {
            paths.put("raw", raw);
        }
        paths.put("portside", portside);
        paths.put("enhanced", enhanced);
        return paths;
    }

    /** Rounds of one batch per path, the order rotated; half as many warm-up rounds first. */
    private static List<String> measure(String operation, Map<String, Callable<Object>> paths, int rounds, int batch)
            throws Exception {
        List<String> names = List.copyOf(paths.keySet());
        List<Callable<Object>> bodies = List.copyOf(paths.values());
        int n = names.size();
        long thread = Thread.currentThread().getId();
        double[][] cpu = new double[n][rounds];
        double[][] bytes = new double[n][rounds];
        int warmup = rounds / 2;
        for (int round = 0; round < warmup + rounds; round++) {
            for (int turn = 0; turn < n; turn++) {
                int path = (turn + round) % n;
                Callable<Object> body = bodies.get(path);
                long cpuBefore = THREADS.getCurrentThreadCpuTime();
                long bytesBefore = THREADS.getThreadAllocatedBytes(thread);
                for (int call = 0; call < batch; call++) {
                    sink = body.call();
                }
                if (round >= warmup) {
                    cpu[path][round - warmup] = (THREADS.getCurrentThreadCpuTime() - cpuBefore) / (double) batch;
                    bytes[path][round - warmup] = (THREADS.getThreadAllocatedBytes(thread) - bytesBefore)
                            / (double) batch;
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (int path = 0; path < n; path++) {
            lines.add(String.format(Locale.ROOT, "%-14s %-9s calling-thread CPU %7.1f µs/call, allocated %8.0f B/call",
                    operation, names.get(path), median(cpu[path]) / 1000, median(bytes[path])));
        }
        int portside = names.indexOf("portside");
        for (int other = 0; other < n; other++) {
            if (other == portside) {
                continue;
            }
            double[] ratio = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                ratio[round] = cpu[portside][round] / cpu[other][round];
            }
            lines.add(String.format(Locale.ROOT,
                    "%-14s portside / %-8s CPU per call: median %.3f over %d rounds (middle half %.3f-%.3f),"
                            + " allocated %+.0f B/call",
                    operation, names.get(other), median(ratio), rounds, quantile(ratio, 0.25),
                    quantile(ratio, 0.75), median(bytes[portside]) - median(bytes[other])));
        }
        lines.forEach(System.out::println);
        return lines;
    }

    private static double median(double[] values) {
        return quantile(values, 0.5);
    }

    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
    }

    private ClientOverhead() {
    }
}
