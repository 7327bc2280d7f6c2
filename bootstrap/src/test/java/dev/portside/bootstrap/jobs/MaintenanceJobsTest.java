package dev.portside.bootstrap.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.bootstrap.ContextRegistry;
import dev.portside.bootstrap.Portside;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class MaintenanceJobsTest {

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    /** Work that counts how many runs go at once and how many ran, holding each run until released. */
    static final class Probe implements MaintenanceJob.Work {
        final AtomicInteger going = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        final AtomicInteger runs = new AtomicInteger();
        final AtomicBoolean interrupted = new AtomicBoolean();
        volatile CountDownLatch hold = new CountDownLatch(0);
        final CountDownLatch started = new CountDownLatch(1);

        @Override
        public Either<dev.portside.domain.kernel.Problem, Long> run(dev.portside.application.records.WorkProgress progress) {
            most.accumulateAndGet(going.incrementAndGet(), Math::max);
            runs.incrementAndGet();
            try {
                progress.advanced(1, 2);
                started.countDown();
                hold.await();
                progress.advanced(2, 2);
                return Either.right(2L);
            } catch (InterruptedException e) {
                interrupted.set(true);
                Thread.currentThread().interrupt();
                return Either.right(0L);
            } finally {
                going.decrementAndGet();
            }
        }
    }

    @Test
    void a_run_asked_for_while_one_is_going_is_skipped_and_counted() throws Exception {
        Probe probe = new Probe();
        probe.hold = new CountDownLatch(1);
        MaintenanceJob job = new MaintenanceJob("probe", probe, meters);
        Thread first = new Thread(job::runOnce);
        first.start();
        assertThat(probe.started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(meters.get("portside.job.running").tag("job", "probe").gauge().value()).isEqualTo(1);
        assertThat(meters.get("portside.job.progress").tag("job", "probe").gauge().value()).isEqualTo(0.5);
        List<Thread> others = new ArrayList<>();
        AtomicInteger refused = new AtomicInteger();
        for (int i = 0; i < 4; i++) {
            Thread other = new Thread(() -> refused.addAndGet(job.runOnce() ? 0 : 1));
            other.start();
            others.add(other);
        }
        for (Thread other : others) {
            other.join();
        }
        probe.hold.countDown();
        first.join();

        assertThat(refused).hasValue(4);
        assertThat(probe.runs).hasValue(1);
        assertThat(probe.most).hasValue(1);
        assertThat(meters.get("portside.job.skipped").tag("job", "probe").counter().count()).isEqualTo(4);
        assertThat(meters.get("portside.job.runs").tags("job", "probe", "outcome", "ok").timer().count()).isEqualTo(1);
        assertThat(meters.get("portside.job.items").tag("job", "probe").counter().count()).isEqualTo(2);
        assertThat(meters.get("portside.job.running").tag("job", "probe").gauge().value()).isZero();
        assertThat(meters.get("portside.job.last.success").tag("job", "probe").gauge().value()).isPositive();
        assertThat(job.runOnce()).isTrue();
    }

    @Test
    void scheduled_runs_of_a_job_never_overlap_even_when_a_run_outlasts_the_interval() throws Exception {
        Probe probe = new Probe();
        MaintenanceJob job = new MaintenanceJob("probe", progress -> {
            Either<dev.portside.domain.kernel.Problem, Long> done = probe.run(progress);
            sleep(15);
            return done;
        }, meters);
        try (MaintenanceJobs jobs = MaintenanceJobs.of(List.of(new MaintenanceJobs.Scheduled(job, Duration.ofMillis(1),
                Duration.ofMillis(2))), Duration.ofSeconds(10))) {
            await(() -> probe.runs.get() >= 5);
        }
        assertThat(probe.most).hasValue(1);
        assertThat(meters.get("portside.job.runs").tags("job", "probe").timer().count()).isEqualTo(probe.runs.get());
    }

    @Test
    void close_lets_the_running_job_finish_and_starts_no_other() throws Exception {
        Probe probe = new Probe();
        probe.hold = new CountDownLatch(1);
        MaintenanceJob job = new MaintenanceJob("probe", probe, meters);
        MaintenanceJobs jobs = MaintenanceJobs.of(List.of(new MaintenanceJobs.Scheduled(job, Duration.ofMillis(1),
                Duration.ZERO)), Duration.ofSeconds(30));
        assertThat(probe.started.await(10, TimeUnit.SECONDS)).isTrue();
        Thread closing = new Thread(jobs::close);
        closing.start();
        closing.join(200);
        assertThat(closing.isAlive()).as("close waits for the running job").isTrue();
        probe.hold.countDown();
        closing.join(10_000);
        assertThat(closing.isAlive()).isFalse();
        assertThat(job.running()).isFalse();
        assertThat(probe.interrupted).isFalse();
        int runs = probe.runs.get();
        sleep(50);
        assertThat(probe.runs).hasValue(runs);
        assertThat(runs).isEqualTo(1);
    }

    @Test
    void close_interrupts_a_job_that_outlives_the_stop_timeout() throws Exception {
        Probe probe = new Probe();
        probe.hold = new CountDownLatch(1);
        MaintenanceJobs jobs = MaintenanceJobs.of(List.of(new MaintenanceJobs.Scheduled(
                new MaintenanceJob("probe", probe, null), Duration.ofMillis(1), Duration.ZERO)), Duration.ofMillis(100));
        assertThat(probe.started.await(10, TimeUnit.SECONDS)).isTrue();
        jobs.close();
        assertThat(probe.interrupted).isTrue();
        assertThat(probe.going).hasValue(0);
    }

    @Test
    void an_embedded_portside_runs_the_configured_jobs_through_the_facades_and_stops_them_on_close() throws Exception {
        Map<String, String> settings = Map.of(JobKeys.interval(JobKeys.REALTIME_CLEANUP), "10ms",
                JobKeys.jitter(JobKeys.REALTIME_CLEANUP), "5ms",
                JobKeys.interval(JobKeys.RECORDS_CLEANUP), "10ms",
                JobKeys.TENANTS, "default, t2",
                "portside.records.local-key", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
        Portside portside = Portside.builder(ContextRegistry.hostConfig(settings)).meterRegistry(meters).start();
        assertThat(portside.jobs()).extracting(MaintenanceJob::name)
                .containsExactlyInAnyOrder(JobKeys.RECORDS_CLEANUP, JobKeys.REALTIME_CLEANUP);
        await(() -> runs(JobKeys.REALTIME_CLEANUP) >= 2 && runs(JobKeys.RECORDS_CLEANUP) >= 2);
        portside.close();
        long realtime = runs(JobKeys.REALTIME_CLEANUP);
        long records = runs(JobKeys.RECORDS_CLEANUP);
        sleep(60);
        assertThat(runs(JobKeys.REALTIME_CLEANUP)).isEqualTo(realtime);
        assertThat(runs(JobKeys.RECORDS_CLEANUP)).isEqualTo(records);
        assertThat(meters.get("portside.use.case").tags("context", "realtime", "use.case", "cleanup", "outcome", "ok")
                .timer().count()).isEqualTo(2 * realtime);
        assertThat(meters.find("portside.job.runs").tag("outcome", "exception").timers()).isEmpty();
    }

    @Test
    void no_job_runs_unless_configured() {
        try (Portside portside = Portside.builder(ContextRegistry.hostConfig(Map.of())).meterRegistry(meters).start()) {
            assertThat(portside.jobs()).isEmpty();
        }
        assertThat(meters.find("portside.job.runs").timers()).isEmpty();
    }

    long runs(String job) {
        return meters.find("portside.job.runs").tags("job", job, "outcome", "ok").timers().stream()
                .mapToLong(t -> t.count()).sum();
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 20 s").isLessThan(until);
            Thread.sleep(5);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
