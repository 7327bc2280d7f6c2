package dev.portside.bootstrap.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.application.realtime.RealtimeCommands.OpenConnection;
import dev.portside.application.realtime.RealtimeCommands.RunCleanup;
import dev.portside.application.records.RecordCommands.CleanUpHotStore;
import dev.portside.application.records.RecordCommands.ReconcileHotStore;
import dev.portside.application.records.RecordCommands.WriteRecord;
import dev.portside.application.records.WorkProgress;
import dev.portside.bootstrap.ContextRegistry;
import dev.portside.bootstrap.Portside;
import dev.portside.bootstrap.config.ConfigException;
import dev.portside.domain.kernel.Problem;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each scheduled job's {@code portside.jobs.<job>.batch-size} reaches its runs, and out-of-range sizes are refused. */
class JobBatchSizeTest {

    static final String LOCAL_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void the_scheduled_records_cleanup_deletes_in_batches_of_its_own_batch_size() {
        try (Portside portside = start(Map.of(JobKeys.interval(JobKeys.RECORDS_CLEANUP), "1h",
                JobKeys.batchSize(JobKeys.RECORDS_CLEANUP), "2"))) {
            for (int i = 0; i < 5; i++) {
                assertThat(portside.records().write(new WriteRecord("default", "old-" + i, "source", "mapped",
                        "model-v1", Instant.parse("2020-01-01T00:00:00Z").plusSeconds(i), Map.of())).isRight()).isTrue();
            }
            MaintenanceJob cleanup = portside.jobs().get(0);
            assertThat(cleanup.runOnce()).isTrue();
            assertThat(deletes()).as("deletes of 2, 2 and 1 rows").isEqualTo(3);
            assertThat(portside.records().maintenance().cleanup(new CleanUpHotStore("default", null, true),
                    WorkProgress.NONE).get().count()).isZero();
        }
    }

    @Test
    void with_the_default_batch_size_the_same_cleanup_takes_one_delete() {
        try (Portside portside = start(Map.of(JobKeys.interval(JobKeys.RECORDS_CLEANUP), "1h"))) {
            for (int i = 0; i < 5; i++) {
                portside.records().write(new WriteRecord("default", "old-" + i, "source", "mapped", "model-v1",
                        Instant.parse("2020-01-01T00:00:00Z").plusSeconds(i), Map.of()));
            }
            assertThat(portside.jobs().get(0).runOnce()).isTrue();
            assertThat(deletes()).isEqualTo(1);
        }
    }

    @Test
    void the_scheduled_realtime_cleanup_removes_at_most_its_batch_size_per_run() throws InterruptedException {
        try (Portside portside = start(Map.of(JobKeys.interval(JobKeys.REALTIME_CLEANUP), "1h",
                JobKeys.REALTIME_STALE_AFTER, "1s", JobKeys.batchSize(JobKeys.REALTIME_CLEANUP), "2"))) {
            for (int i = 0; i < 3; i++) {
                assertThat(portside.realtime().connections().open(new OpenConnection("default", null, "ada-" + i,
                        "wss://x.example.com/ws")).isRight()).isTrue();
            }
            Thread.sleep(1100);
            MaintenanceJob cleanup = portside.jobs().get(0);
            assertThat(cleanup.runOnce()).isTrue();
            assertThat(items()).as("two of the three stale connections").isEqualTo(2);
            assertThat(cleanup.runOnce()).isTrue();
            assertThat(items()).as("the third on the next run").isEqualTo(3);
        }
    }

    @Test
    void a_batch_size_out_of_range_is_refused_when_the_configuration_is_resolved() {
        for (String job : JobKeys.JOBS) {
            for (String size : new String[] {"0", "-1", "100001", "many"}) {
                assertThatThrownBy(() -> start(Map.of(JobKeys.batchSize(job), size)))
                        .isInstanceOf(ConfigException.class).hasMessageContaining(JobKeys.batchSize(job));
            }
        }
        assertThatThrownBy(() -> start(Map.of(JobKeys.batchSize(JobKeys.RECORDS_RECONCILE), "1001")))
                .isInstanceOf(ConfigException.class).hasMessageContaining(JobKeys.batchSize(JobKeys.RECORDS_RECONCILE));
    }

    @Test
    void the_use_cases_refuse_a_batch_size_out_of_range_with_every_violation_listed() {
        try (Portside portside = start(Map.of())) {
            assertThat(portside.records().maintenance().cleanup(new CleanUpHotStore("default", Duration.ZERO, false, 0),
                    WorkProgress.NONE).getLeft()).isInstanceOfSatisfying(Problem.Invalid.class, invalid ->
                    assertThat(invalid.violations()).extracting(v -> v.field()).containsExactlyInAnyOrder("olderThan",
                            "batchSize"));
            assertThat(portside.records().maintenance().reconcile(new ReconcileHotStore("default", 1001),
                    WorkProgress.NONE).getLeft()).isInstanceOfSatisfying(Problem.Invalid.class, invalid ->
                    assertThat(invalid.violations()).extracting(v -> v.field()).containsExactly("batchSize"));
            assertThat(portside.realtime().cleanup(new RunCleanup("default", Duration.ofMinutes(10), false, 0)).getLeft())
                    .isInstanceOfSatisfying(Problem.Invalid.class, invalid ->
                            assertThat(invalid.violations()).extracting(v -> v.field()).containsExactly("batchSize"));
        }
    }

    private Portside start(Map<String, String> settings) {
        Map<String, String> config = new HashMap<>(settings);
        config.put("portside.records.local-key", LOCAL_KEY);
        return Portside.builder(ContextRegistry.hostConfig(config)).meterRegistry(meters).start();
    }

    private double items() {
        return meters.get("portside.job.items").tag("job", JobKeys.REALTIME_CLEANUP).counter().count();
    }

    private long deletes() {
        return meters.find("portside.port.call").tags("port", "HotRecordStore", "operation", "deleteOlderThan")
                .timers().stream().mapToLong(t -> t.count()).sum();
    }
}
