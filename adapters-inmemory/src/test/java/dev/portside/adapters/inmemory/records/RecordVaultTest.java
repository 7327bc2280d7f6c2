package dev.portside.adapters.inmemory.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.records.RecordCommands.CleanUpHotStore;
import dev.portside.application.records.RecordCommands.CountRecordsPerDay;
import dev.portside.application.records.RecordCommands.ExtendRetention;
import dev.portside.application.records.RecordCommands.FindRecordsByMetadata;
import dev.portside.application.records.RecordCommands.PlaceLegalHold;
import dev.portside.application.records.RecordCommands.ReadRecord;
import dev.portside.application.records.RecordCommands.ReconcileHotStore;
import dev.portside.application.records.RecordCommands.ReleaseLegalHold;
import dev.portside.application.records.RecordCommands.WriteRecord;
import dev.portside.application.records.RecordResults.Source;
import dev.portside.application.records.RecordMaintenance;
import dev.portside.application.records.RecordVault;
import dev.portside.application.records.RecordsPolicy;
import dev.portside.application.records.WorkProgress;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.Violation;
import dev.portside.domain.records.DailyCount;
import dev.portside.domain.records.Record;
import dev.portside.domain.records.RecordId;
import dev.portside.testkit.time.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecordVaultTest {

    private static final TenantId TENANT = new TenantId("acme");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));
    private final CursorCodec cursors = CursorCodec.fromSecret("test");
    private final InMemoryRecordArchive archive = new InMemoryRecordArchive(clock, cursors);
    private final InMemoryHotRecordStore hot = new InMemoryHotRecordStore(cursors);
    private final RecordVault vault = new RecordVault(archive, hot, new LocalKeyVault(LocalKeyVaultTest.filled(3)),
            RecordsPolicy.defaults(), clock);
    private final RecordMaintenance maintenance = vault.maintenance();

    private WriteRecord command(String id, Instant at) {
        return new WriteRecord(TENANT.value(), id, "detector says " + id, "{\"mapped\":\"" + id + "\"}", "llama-2-7b", at,
                Map.of("detector", "pii"));
    }

    @Test
    void aWrittenRecordIsReadFromTheHotStoreAndIsArchivedEncrypted() {
        Record written = vault.write(command("r-1", clock.instant())).get().record();

        var read = vault.read(new ReadRecord(TENANT.value(), "r-1", false)).get();
        assertThat(read.source()).isEqualTo(Source.HOT);
        assertThat(read.record()).isEqualTo(written);
        assertThat(written.retainUntil()).isEqualTo(clock.instant().plus(RecordsPolicy.DEFAULT_WORM_RETENTION));
        byte[] ciphertext = archive.get(TENANT, written.id()).get().get().sealed().envelope().ciphertext();
        assertThat(new String(ciphertext, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("detector says");
    }

    @Test
    void aRecordGoneFromTheHotStoreIsReadFromTheArchiveAndCanBeRewarmed() {
        Record written = vault.write(command("r-1", clock.instant())).get().record();
        clock.advance(Duration.ofDays(91));
        assertThat(maintenance.cleanup(new CleanUpHotStore(TENANT.value(), null, false), WorkProgress.NONE).get().count()).isEqualTo(1);

        var cold = vault.read(new ReadRecord(TENANT.value(), "r-1", true)).get();
        assertThat(cold.source()).isEqualTo(Source.ARCHIVE);
        assertThat(cold.rewarmed()).isTrue();
        assertThat(cold.record()).isEqualTo(written);
        assertThat(vault.read(new ReadRecord(TENANT.value(), "r-1", false)).get().source()).isEqualTo(Source.HOT);
    }

    @Test
    void writingTheSameRecordTwiceIsIdempotentAndDifferentContentIsAConflict() {
        vault.write(command("r-1", clock.instant()));

        assertThat(vault.write(command("r-1", clock.instant())).get().alreadyStored()).isTrue();
        WriteRecord changed = new WriteRecord(TENANT.value(), "r-1", "other", "other", "llama-2-7b", clock.instant(), Map.of());
        assertThat(vault.write(changed).getLeft()).isInstanceOf(Problem.Conflict.class);
        assertThat(vault.read(new ReadRecord(TENANT.value(), "r-1", false)).get().record().sourceData()).isEqualTo("detector says r-1");
    }

    @Test
    void anInvalidRecordListsEveryViolationAndWritesNothing() {
        Map<String, String> metadata = new HashMap<>();
        IntStream.range(0, 51).forEach(i -> metadata.put("k" + i, "v"));
        String huge = "x".repeat(Record.MAX_PAYLOAD_BYTES + 1);
        WriteRecord bad = new WriteRecord(TENANT.value(), "bad id!", huge, huge, " ", null, metadata);

        Problem problem = vault.write(bad).getLeft();
        assertThat(problem).isInstanceOf(Problem.Invalid.class);
        assertThat(((Problem.Invalid) problem).violations()).extracting(Violation::field)
                .contains("id", "sourceData", "mappedData", "modelVersion", "timestamp", "metadata");
        assertThat(archive.list(TENANT, LocalDate.of(2026, 6, 1), dev.portside.domain.kernel.PageRequest.first(10))
                .get().items()).isEmpty();
    }

    @Test
    void cleanupDeletesOnlyRowsOlderThanTheRetentionAndADryRunOnlyCounts() {
        IntStream.range(0, 25).forEach(i -> vault.write(command("old-" + i, clock.instant().minus(Duration.ofDays(100)))));
        vault.write(command("new", clock.instant()));
        List<Long> progress = new ArrayList<>();

        assertThat(maintenance.cleanup(new CleanUpHotStore(TENANT.value(), null, true), WorkProgress.NONE).get().count()).isEqualTo(25);
        assertThat(hot.countOlderThan(TENANT, clock.instant().plusSeconds(1)).get()).isEqualTo(26);
        var report = maintenance.cleanup(new CleanUpHotStore(TENANT.value(), Duration.ofDays(90), false), (d, t) -> progress.add(d)).get();

        assertThat(report.count()).isEqualTo(25);
        assertThat(progress).last().isEqualTo(25L);
        assertThat(hot.get(TENANT, new RecordId("new")).get()).isNotEmpty();
        assertThat(archive.get(TENANT, new RecordId("old-0")).get()).isNotEmpty();
    }

    @Test
    void reconcileRestoresArchivedRecordsMissingFromTheHotWindowOnly() {
        Record recent = vault.write(command("recent", clock.instant().minus(Duration.ofDays(3)))).get().record();
        vault.write(command("ancient", clock.instant().minus(Duration.ofDays(200))));
        hot.deleteOlderThan(TENANT, clock.instant(), 100);

        var report = maintenance.reconcile(new ReconcileHotStore(TENANT.value()), WorkProgress.NONE).get();

        assertThat(report.restored()).isEqualTo(1);
        assertThat(report.scanned()).isEqualTo(1);
        assertThat(hot.get(TENANT, recent.id()).get().get().isSealed()).isTrue();
        var read = vault.read(new ReadRecord(TENANT.value(), "recent", false)).get();
        assertThat(read.source()).isEqualTo(Source.HOT);
        assertThat(read.record()).isEqualTo(recent);
        assertThat(hot.get(TENANT, new RecordId("ancient")).get()).isEmpty();
        assertThat(maintenance.reconcile(new ReconcileHotStore(TENANT.value()), WorkProgress.NONE).get().restored()).isZero();
    }

    @Test
    void legalHoldsAndRetentionExtensionsReachTheArchive() {
        Record written = vault.write(command("r-1", clock.instant())).get().record();

        assertThat(maintenance.placeLegalHold(new PlaceLegalHold(TENANT.value(), "r-1")).get().legalHold()).isTrue();
        assertThat(maintenance.releaseLegalHold(new ReleaseLegalHold(TENANT.value(), "r-1")).get().legalHold()).isFalse();
        Instant later = written.retainUntil().plus(Duration.ofDays(365));
        assertThat(maintenance.extendRetention(new ExtendRetention(TENANT.value(), "r-1", later)).get().retainUntil()).isEqualTo(later);
        assertThat(maintenance.extendRetention(new ExtendRetention(TENANT.value(), "r-1", written.retainUntil())).getLeft())
                .isInstanceOf(Problem.Rejected.class);
        assertThat(maintenance.placeLegalHold(new PlaceLegalHold(TENANT.value(), "missing")).getLeft()).isInstanceOf(Problem.NotFound.class);
        assertThat(maintenance.placeLegalHold(new PlaceLegalHold(TENANT.value(), "bad id")).getLeft()).isInstanceOf(Problem.Invalid.class);
    }

    @Test
    void aMissingRecordIsNotFound() {
        assertThat(vault.read(new ReadRecord(TENANT.value(), "nope", true)).getLeft()).isInstanceOf(Problem.NotFound.class);
    }

    @Test
    void hotQueriesFindByMetadataAndCountPerDay() {
        vault.write(command("a", clock.instant()));
        vault.write(command("b", clock.instant().minus(Duration.ofDays(1))));

        assertThat(vault.findByMetadata(new FindRecordsByMetadata(TENANT.value(), "detector", "pii", 10, null)).get().items())
                .extracting(r -> r.id().value()).containsExactly("a", "b");
        assertThat(vault.countPerDay(new CountRecordsPerDay(TENANT.value(), clock.instant().minus(Duration.ofDays(2)), clock.instant().plusSeconds(1))).get())
                .containsExactly(new DailyCount("llama-2-7b", LocalDate.of(2026, 5, 31), 1),
                        new DailyCount("llama-2-7b", LocalDate.of(2026, 6, 1), 1));
        assertThat(vault.findByMetadata(new FindRecordsByMetadata(TENANT.value(), "", null, 0, null)).getLeft())
                .isInstanceOf(Problem.Invalid.class);
    }
}
