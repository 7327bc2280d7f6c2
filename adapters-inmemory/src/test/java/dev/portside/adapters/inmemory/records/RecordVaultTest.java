package dev.portside.adapters.inmemory.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.records.Progress;
import dev.portside.application.records.RecordCommands.Cleanup;
import dev.portside.application.records.RecordCommands.CountPerDay;
import dev.portside.application.records.RecordCommands.ExtendRetention;
import dev.portside.application.records.RecordCommands.FindByMetadata;
import dev.portside.application.records.RecordCommands.PlaceLegalHold;
import dev.portside.application.records.RecordCommands.ReadRecord;
import dev.portside.application.records.RecordCommands.Reconcile;
import dev.portside.application.records.RecordCommands.ReleaseLegalHold;
import dev.portside.application.records.RecordCommands.WriteRecord;
import dev.portside.application.records.RecordResults.Source;
import dev.portside.application.records.RecordVault;
import dev.portside.application.records.RecordsPolicy;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.Violation;
import dev.portside.domain.records.DailyCount;
import dev.portside.domain.records.Record;
import dev.portside.domain.records.RecordId;
import dev.portside.testkit.records.MutableClock;
import io.vavr.control.Option;
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

    private WriteRecord command(String id, Instant at) {
        return new WriteRecord(TENANT, id, "detector says " + id, "{\"mapped\":\"" + id + "\"}", "llama-2-7b", at,
                Map.of("detector", "pii"));
    }

    @Test
    void aWrittenRecordIsReadFromTheHotStoreAndIsArchivedEncrypted() {
        Record written = vault.write(command("r-1", clock.instant())).get().record();

        var read = vault.read(new ReadRecord(TENANT, "r-1", false)).get();
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
        assertThat(vault.cleanup(new Cleanup(TENANT, Option.none(), false), Progress.NONE).get().count()).isEqualTo(1);

        var cold = vault.read(new ReadRecord(TENANT, "r-1", true)).get();
        assertThat(cold.source()).isEqualTo(Source.ARCHIVE);
        assertThat(cold.rewarmed()).isTrue();
        assertThat(cold.record()).isEqualTo(written);
        assertThat(vault.read(new ReadRecord(TENANT, "r-1", false)).get().source()).isEqualTo(Source.HOT);
    }

    @Test
    void writingTheSameRecordTwiceIsIdempotentAndDifferentContentIsAConflict() {
        vault.write(command("r-1", clock.instant()));

        assertThat(vault.write(command("r-1", clock.instant())).get().alreadyStored()).isTrue();
        WriteRecord changed = new WriteRecord(TENANT, "r-1", "other", "other", "llama-2-7b", clock.instant(), Map.of());
        assertThat(vault.write(changed).getLeft()).isInstanceOf(Problem.Conflict.class);
        assertThat(vault.read(new ReadRecord(TENANT, "r-1", false)).get().record().sourceData()).isEqualTo("detector says r-1");
    }

    @Test
    void anInvalidRecordListsEveryViolationAndWritesNothing() {
        Map<String, String> metadata = new HashMap<>();
        IntStream.range(0, 51).forEach(i -> metadata.put("k" + i, "v"));
        String huge = "x".repeat(Record.MAX_PAYLOAD_BYTES + 1);
        WriteRecord bad = new WriteRecord(TENANT, "bad id!", huge, huge, " ", null, metadata);

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

        assertThat(vault.cleanup(new Cleanup(TENANT, Option.none(), true), Progress.NONE).get().count()).isEqualTo(25);
        assertThat(hot.countOlderThan(TENANT, clock.instant().plusSeconds(1)).get()).isEqualTo(26);
        var report = vault.cleanup(new Cleanup(TENANT, Option.of(Duration.ofDays(90)), false), (d, t) -> progress.add(d)).get();

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

        var report = vault.reconcile(new Reconcile(TENANT), Progress.NONE).get();

        assertThat(report.restored()).isEqualTo(1);
        assertThat(report.scanned()).isEqualTo(1);
        assertThat(hot.get(TENANT, recent.id()).get().get()).isEqualTo(recent);
        assertThat(hot.get(TENANT, new RecordId("ancient")).get()).isEmpty();
        assertThat(vault.reconcile(new Reconcile(TENANT), Progress.NONE).get().restored()).isZero();
    }

    @Test
    void legalHoldsAndRetentionExtensionsReachTheArchive() {
        Record written = vault.write(command("r-1", clock.instant())).get().record();

        assertThat(vault.placeLegalHold(new PlaceLegalHold(TENANT, "r-1")).get().legalHold()).isTrue();
        assertThat(vault.releaseLegalHold(new ReleaseLegalHold(TENANT, "r-1")).get().legalHold()).isFalse();
        Instant later = written.retainUntil().plus(Duration.ofDays(365));
        assertThat(vault.extendRetention(new ExtendRetention(TENANT, "r-1", later)).get().retainUntil()).isEqualTo(later);
        assertThat(vault.extendRetention(new ExtendRetention(TENANT, "r-1", written.retainUntil())).getLeft())
                .isInstanceOf(Problem.Rejected.class);
        assertThat(vault.placeLegalHold(new PlaceLegalHold(TENANT, "missing")).getLeft()).isInstanceOf(Problem.NotFound.class);
        assertThat(vault.placeLegalHold(new PlaceLegalHold(TENANT, "bad id")).getLeft()).isInstanceOf(Problem.Invalid.class);
    }

    @Test
    void aMissingRecordIsNotFound() {
        assertThat(vault.read(new ReadRecord(TENANT, "nope", true)).getLeft()).isInstanceOf(Problem.NotFound.class);
    }

    @Test
    void hotQueriesFindByMetadataAndCountPerDay() {
        vault.write(command("a", clock.instant()));
        vault.write(command("b", clock.instant().minus(Duration.ofDays(1))));

        assertThat(vault.findByMetadata(new FindByMetadata(TENANT, "detector", "pii", 10, Option.none())).get().items())
                .extracting(r -> r.id().value()).containsExactly("a", "b");
        assertThat(vault.countPerDay(new CountPerDay(TENANT, clock.instant().minus(Duration.ofDays(2)), clock.instant().plusSeconds(1))).get())
                .containsExactly(new DailyCount("llama-2-7b", LocalDate.of(2026, 5, 31), 1),
                        new DailyCount("llama-2-7b", LocalDate.of(2026, 6, 1), 1));
        assertThat(vault.findByMetadata(new FindByMetadata(TENANT, "", null, 0, Option.none())).getLeft())
                .isInstanceOf(Problem.Invalid.class);
    }
}
