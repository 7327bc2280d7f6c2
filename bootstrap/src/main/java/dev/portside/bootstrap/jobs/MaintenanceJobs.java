package dev.portside.bootstrap.jobs;

import dev.portside.application.realtime.RealtimeCommands.RunCleanup;
import dev.portside.application.realtime.RealtimeHub;
import dev.portside.application.records.RecordCommands.CleanUpHotStore;
import dev.portside.application.records.RecordCommands.ReconcileHotStore;
import dev.portside.application.records.RecordVault;
import dev.portside.application.records.WorkProgress;
import dev.portside.bootstrap.config.PortsideConfig;
import dev.portside.bootstrap.spi.Facades;
import dev.portside.domain.kernel.Problem;
import io.micrometer.core.instrument.MeterRegistry;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The maintenance jobs an embedded Portside runs on its own (records cleanup, records reconcile, realtime
 * cleanup), each when its {@code portside.jobs.<job>.interval} is set: on one daemon thread, each run scheduled
 * an interval (plus up to the jitter) after the previous one ended, so a job never overlaps itself. {@link #close()}
 * lets a running job finish (up to {@code portside.jobs.stop-timeout}) and starts no other.
 */
public final class MaintenanceJobs implements AutoCloseable {

    private final ScheduledExecutorService scheduler;
    private final List<Scheduled> jobs;
    private final Duration stopTimeout;
    private volatile boolean closed;

    private MaintenanceJobs(List<Scheduled> jobs, Duration stopTimeout) {
        this.jobs = jobs;
        this.stopTimeout = stopTimeout;
        this.scheduler = jobs.isEmpty() ? null : scheduler();
        jobs.forEach(this::scheduleNext);
    }

    /** One daemon thread; a run still waiting for its time is dropped at shutdown, a running one may finish. */
    private static ScheduledExecutorService scheduler() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "portside-jobs");
            thread.setDaemon(true);
            return thread;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return executor;
    }

    /** Starts the jobs the configuration turns on (none by default). */
    public static MaintenanceJobs start(PortsideConfig config, Facades facades, MeterRegistry meters) {
        List<String> tenants = Arrays.stream(config.get(JobKeys.TENANTS).split(",")).map(String::strip)
                .filter(t -> !t.isEmpty()).toList();
        List<Scheduled> jobs = new ArrayList<>();
        for (String job : JobKeys.JOBS) {
            Duration interval = config.getDuration(JobKeys.interval(job));
            if (!interval.isZero()) {
                jobs.add(new Scheduled(new MaintenanceJob(job, work(job, config, facades, tenants), meters), interval,
                        config.getDuration(JobKeys.jitter(job))));
            }
        }
        return new MaintenanceJobs(jobs, config.getDuration(JobKeys.STOP_TIMEOUT));
    }

    /** The jobs given, each run every interval (tests and hosts that bring their own work). */
    public static MaintenanceJobs of(List<Scheduled> jobs, Duration stopTimeout) {
        return new MaintenanceJobs(List.copyOf(jobs), stopTimeout);
    }

    /** A job and when it runs. */
    public record Scheduled(MaintenanceJob job, Duration interval, Duration jitter) {
    }

    public List<MaintenanceJob> jobs() {
        return jobs.stream().map(Scheduled::job).toList();
    }

    private static MaintenanceJob.Work work(String job, PortsideConfig config, Facades facades, List<String> tenants) {
        return switch (job) {
            case JobKeys.RECORDS_CLEANUP -> perTenant(tenants, (tenant, progress) -> facades.facade(RecordVault.class)
                    .maintenance().cleanup(new CleanUpHotStore(tenant, null, false, batchSize(config, job)), progress)
                    .map(r -> r.count()));
            case JobKeys.RECORDS_RECONCILE -> perTenant(tenants, (tenant, progress) -> facades
                    .facade(RecordVault.class).maintenance().reconcile(new ReconcileHotStore(tenant,
                            batchSize(config, job)), progress).map(r -> (long) r.restored()));
            case JobKeys.REALTIME_CLEANUP -> perTenant(tenants, (tenant, progress) -> facades
                    .facade(RealtimeHub.class).cleanup(new RunCleanup(tenant,
                            config.getDuration(JobKeys.REALTIME_STALE_AFTER), false, batchSize(config, job)))
                    .map(r -> (long) r.total()));
            default -> throw new IllegalArgumentException("no job " + job);
        };
    }

    private static int batchSize(PortsideConfig config, String job) {
        return config.getInt(JobKeys.batchSize(job));
    }

    private interface TenantWork {
        Either<Problem, Long> run(String tenant, WorkProgress progress);
    }

    private static MaintenanceJob.Work perTenant(List<String> tenants, TenantWork work) {
        return progress -> {
            long items = 0;
            for (String tenant : tenants) {
                Either<Problem, Long> done = work.run(tenant, progress);
                if (done.isLeft()) {
                    return done;
                }
                items += done.get();
            }
            return Either.right(items);
        };
    }

    private void scheduleNext(Scheduled scheduled) {
        if (closed) {
            return;
        }
        long jitter = scheduled.jitter().toMillis();
        long delay = scheduled.interval().toMillis() + (jitter > 0 ? ThreadLocalRandom.current().nextLong(jitter + 1) : 0);
        try {
            scheduler.schedule(() -> {
                if (!closed) {
                    scheduled.job().runOnce();
                }
                scheduleNext(scheduled);
            }, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            return;
        }
    }

    /** Starts no further run, waits for a running one up to the stop timeout, then interrupts it. */
    @Override
    public void close() {
        closed = true;
        if (scheduler == null) {
            return;
        }
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(stopTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                MaintenanceJob.LOG.warn("jobs stop: a job still ran after {}; interrupting it", stopTimeout);
                scheduler.shutdownNow();
                scheduler.awaitTermination(stopTimeout.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
