package dev.portside.adapters.inmemory.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.records.RecordCommands.ReadRecord;
import dev.portside.application.records.RecordCommands.RewrapDataKeys;
import dev.portside.application.records.RecordCommands.WriteRecord;
import dev.portside.application.records.RecordResults.RewrapReport;
import dev.portside.application.records.RecordResults.Source;
import dev.portside.application.records.RecordVault;
import dev.portside.application.records.RecordsPolicy;
import dev.portside.application.records.WorkProgress;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.EncryptionContext;
import dev.portside.domain.records.RecordId;
import dev.portside.testkit.time.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Key rotation end to end on the local vault: retired key configured, rewrap, then the retired key dropped. */
class RewrapTest {

    private static final TenantId TENANT = new TenantId("acme");
    private static final byte[] OLD = LocalKeyVaultTest.filled(3);
    private static final byte[] NEW = LocalKeyVaultTest.filled(4);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));
    private final CursorCodec cursors = CursorCodec.fromSecret("test");
    private final InMemoryRecordArchive archive = new InMemoryRecordArchive(clock, cursors);

    private final InMemoryHotRecordStore hot = new InMemoryHotRecordStore(cursors);

    private RecordVault vault(LocalKeyVault keys) {
        return new RecordVault(archive, hot, keys, RecordsPolicy.defaults(), clock);
    }

    private void write(RecordVault vault, int count) {
        for (int i = 0; i < count; i++) {
            clock.advance(Duration.ofHours(7));
            vault.write(new WriteRecord(TENANT.value(), "r-" + i, "source " + i, "{\"m\":" + i + "}", "model-1",
                    clock.instant(), Map.of())).get();
        }
    }

    @Test
    void afterARewrapEveryRecordReadsWithTheNewKeyAloneAndARerunHasNothingLeft() {
        write(vault(new LocalKeyVault(OLD)), 6);
        RecordVault rotated = vault(new LocalKeyVault(NEW, List.of(OLD)));
        List<long[]> progress = new ArrayList<>();

        RewrapReport first = rotated.maintenance().rewrap(new RewrapDataKeys(TENANT.value()),
                (done, total) -> progress.add(new long[] {done, total})).get();
        RewrapReport again = rotated.maintenance().rewrap(new RewrapDataKeys(TENANT.value()), WorkProgress.NONE).get();

        assertThat(first).extracting(RewrapReport::scanned, RewrapReport::rewrapped, RewrapReport::alreadyCurrent,
                RewrapReport::failed, RewrapReport::hotScanned, RewrapReport::hotRewrapped)
                .containsExactly(6L, 6L, 0L, 0L, 6L, 6L);
        assertThat(first.currentKey()).isEqualTo(new LocalKeyVault(NEW).currentKeyId());
        assertThat(progress).isNotEmpty().last().satisfies(p -> assertThat(p[0]).isEqualTo(p[1]));
        assertThat(again).extracting(RewrapReport::scanned, RewrapReport::rewrapped, RewrapReport::alreadyCurrent,
                RewrapReport::hotScanned, RewrapReport::hotRewrapped).containsExactly(6L, 0L, 6L, 6L, 0L);
        RecordVault newKeyOnly = vault(new LocalKeyVault(NEW));
        for (int i = 0; i < 6; i++) {
            var read = newKeyOnly.read(new ReadRecord(TENANT.value(), "r-" + i, false)).get();
            assertThat(read.source()).isEqualTo(Source.HOT);
            assertThat(read.record().sourceData()).isEqualTo("source " + i);
            assertThat(hot.get(TENANT, new RecordId("r-" + i)).get().get().envelope().get().keyId())
                    .isEqualTo(first.currentKey());
        }
        hot.deleteOlderThan(TENANT, clock.instant().plusSeconds(1), 100);
        for (int i = 0; i < 6; i++) {
            var read = newKeyOnly.read(new ReadRecord(TENANT.value(), "r-" + i, false)).get();
            assertThat(read.source()).isEqualTo(Source.ARCHIVE);
            assertThat(read.record().sourceData()).isEqualTo("source " + i);
        }
    }

    @Test
    void aRunInterruptedHalfwayIsFinishedByTheNextOneWithoutRedoingWhatWasDone() {
        write(vault(new LocalKeyVault(OLD)), 4);
        LocalKeyVault keys = new LocalKeyVault(NEW, List.of(OLD));
        for (String id : List.of("r-0", "r-1")) {
            var sealed = archive.get(TENANT, new RecordId(id)).get().get().sealed();
            archive.rewrap(TENANT, sealed.id(), keys.rewrap(sealed.envelope(), EncryptionContext.of(TENANT, sealed.id()))
                    .get());
        }

        RewrapReport rest = vault(keys).maintenance().rewrap(new RewrapDataKeys(TENANT.value()), WorkProgress.NONE).get();

        assertThat(rest).extracting(RewrapReport::scanned, RewrapReport::rewrapped, RewrapReport::alreadyCurrent,
                RewrapReport::failed, RewrapReport::hotRewrapped).containsExactly(4L, 2L, 2L, 0L, 4L);
    }

    @Test
    void aRecordWhoseOldKeyIsGoneIsCountedAsFailedAndNamed() {
        write(vault(new LocalKeyVault(OLD)), 2);

        RewrapReport report = vault(new LocalKeyVault(NEW)).maintenance().rewrap(new RewrapDataKeys(TENANT.value()),
                WorkProgress.NONE).get();

        assertThat(report.failed()).isEqualTo(4);
        assertThat(report.failures()).hasSize(4).filteredOn(f -> f.startsWith("r-")).hasSize(2);
        assertThat(report.failures()).filteredOn(f -> f.startsWith("hot r-")).hasSize(2);
    }
}
