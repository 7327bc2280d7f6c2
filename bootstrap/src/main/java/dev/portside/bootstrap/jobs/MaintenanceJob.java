package dev.portside.bootstrap.jobs;

import dev.portside.application.records.WorkProgress;
import dev.portside.domain.kernel.Problem;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vavr.control.Either;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One maintenance job: runs its work at most once at a time (a run asked for while one is going is skipped and
 * counted, never queued), and reports each run as meters tagged {@code job}: {@code portside.job.runs} (timer,
 * with {@code outcome} ok or the Problem kind), {@code portside.job.items} (what the runs handled),
 * {@code portside.job.skipped}, and the gauges {@code portside.job.running}, {@code portside.job.progress}
 * (done/total of the run going, 0..1) and {@code portside.job.last.success} (epoch seconds).
 */
public final class MaintenanceJob {

    static final Logger LOG = LoggerFactory.getLogger("dev.portside.jobs");

    /** What a run does: the number of items it handled, or the Problem that stopped it. */
    @FunctionalInterface
    public interface Work {
        Either<Problem, Long> run(WorkProgress progress);
    }

    private final String name;
    private final Work work;
    private final MeterRegistry meters;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong lastSuccess = new AtomicLong();

    /** {@code meters} may be null: then nothing is recorded. */
    public MaintenanceJob(String name, Work work, MeterRegistry meters) {
        this.name = name;
        this.work = work;
        this.meters = meters;
        if (meters != null) {
            Gauge.builder("portside.job.running", running, r -> r.get() ? 1 : 0).tag("job", name)
                    .description("1 while a run of the job is going").register(meters);
            Gauge.builder("portside.job.progress", this, MaintenanceJob::progress).tag("job", name)
                    .description("Done/total of the run going (0 when none)").register(meters);
            Gauge.builder("portside.job.last.success", lastSuccess, AtomicLong::get).tag("job", name)
                    .description("When a run last ended ok, epoch seconds (0: never)").register(meters);
        }
    }

    public String name() {
        return name;
    }

    /** Runs the work now unless a run is going; false when skipped. */
    public boolean runOnce() {
        if (!running.compareAndSet(false, true)) {
            if (meters != null) {
                Counter.builder("portside.job.skipped").tag("job", name)
                        .description("Runs not started because the previous one was still going").register(meters)
                        .increment();
            }
            LOG.info("job skipped: job={} reason=previous run still going", name);
            return false;
        }
        done.set(0);
        total.set(0);
        long start = System.nanoTime();
        String outcome = "exception";
        try {
            Either<Problem, Long> result = work.run((d, t) -> {
                done.set(d);
                total.set(t);
            });
            outcome = result.fold(p -> p.getClass().getSimpleName(), n -> "ok");
            if (result.isRight()) {
                lastSuccess.set(System.currentTimeMillis() / 1000);
                if (meters != null) {
                    Counter.builder("portside.job.items").tag("job", name)
                            .description("Items the job's runs handled (deleted, restored, removed)")
                            .register(meters).increment(result.get());
                }
                LOG.debug("job run: job={} outcome=ok items={}", name, result.get());
            } else {
                LOG.warn("job run failed: job={} problem={} message={}", name, outcome, result.getLeft().message());
            }
            return true;
        } catch (RuntimeException e) {
            LOG.error("job run failed: job={} problem=exception type={}", name, e.getClass().getName());
            return true;
        } finally {
            if (meters != null) {
                Timer.builder("portside.job.runs").tags("job", name, "outcome", outcome)
                        .description("Runs of a maintenance job").register(meters)
                        .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
            }
            done.set(0);
            total.set(0);
            running.set(false);
        }
    }

    public boolean running() {
        return running.get();
    }

    private double progress() {
        long t = total.get();
        return t <= 0 ? 0 : Math.min(1.0, (double) done.get() / t);
    }
}
