package dev.portside.bootstrap;

import dev.portside.adapters.common.ClientFailures;
import dev.portside.domain.kernel.HealthCheck;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The answer of {@link Portside#health()}: one line per adapter slot and per backend probe. Probes run side by
 * side, each within the health deadline; one that does not answer in time, or fails, is one short line.
 */
public record HealthReport(List<Entry> entries) {

    private static final int MAX_DETAIL = 200;

    public HealthReport {
        entries = List.copyOf(entries);
    }

    public boolean healthy() {
        return entries.stream().allMatch(Entry::ok);
    }

    /** One probe: what was checked, whether it answered, and what it said (one line). */
    public record Entry(String name, boolean ok, String detail) {
    }

    /** Runs every check side by side; none outlives {@code deadline}. */
    static List<Entry> probe(List<HealthCheck> checks, Duration deadline) {
        if (checks.isEmpty()) {
            return List.of();
        }
        ExecutorService probes = Executors.newFixedThreadPool(checks.size(), task -> {
            Thread thread = new Thread(task, "portside-health");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Callable<Entry>> tasks = checks.stream().<Callable<Entry>>map(check -> () -> probe(check)).toList();
            List<Future<Entry>> answers = probes.invokeAll(tasks, deadline.toMillis(), TimeUnit.MILLISECONDS);
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < checks.size(); i++) {
                entries.add(answer(checks.get(i), answers.get(i), deadline));
            }
            return entries;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return checks.stream().map(check -> new Entry(check.name(), false, "interrupted")).toList();
        } finally {
            probes.shutdownNow();
        }
    }

    private static Entry answer(HealthCheck check, Future<Entry> answer, Duration deadline) throws InterruptedException {
        if (answer.isCancelled()) {
            return new Entry(check.name(), false, "unavailable (retriable): no answer within " + deadline.toMillis()
                    + "ms (portside.health.timeout)");
        }
        try {
            return answer.get();
        } catch (ExecutionException e) {
            return new Entry(check.name(), false, oneLine(e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage()));
        }
    }

    private static Entry probe(HealthCheck check) {
        try {
            Either<Problem, String> answer = check.check();
            return new Entry(check.name(), answer.isRight(), oneLine(answer.fold(Problem::message, s -> s)));
        } catch (RuntimeException e) {
            return new Entry(check.name(), false, oneLine(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    /**
     * A failure as health and the CLI show it: its first line, at most 200 characters, with the AWS SDK's
     * credential-provider-chain text replaced by one short sentence.
     */
    public static String oneLine(String text) {
        String line = String.valueOf(text).strip().lines().findFirst().orElse("");
        int chain = line.indexOf(ClientFailures.CREDENTIAL_CHAIN_TEXT);
        if (chain >= 0) {
            line = line.substring(0, chain) + ClientFailures.NO_CREDENTIALS;
        }
        return line.length() <= MAX_DETAIL ? line : line.substring(0, MAX_DETAIL - 1) + "…";
    }
}
