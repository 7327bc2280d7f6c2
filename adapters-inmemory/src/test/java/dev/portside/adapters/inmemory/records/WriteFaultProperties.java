package dev.portside.adapters.inmemory.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.records.RecordCommands.FindRecordsByModelVersion;
import dev.portside.application.records.RecordCommands.ReadRecord;
import dev.portside.application.records.RecordCommands.ReconcileHotStore;
import dev.portside.application.records.RecordCommands.WriteRecord;
import dev.portside.application.records.RecordResults.RecordRead;
import dev.portside.application.records.RecordResults.Source;
import dev.portside.application.records.RecordResults.WriteReceipt;
import dev.portside.application.records.RecordVault;
import dev.portside.application.records.RecordsPolicy;
import dev.portside.application.records.WorkProgress;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.records.Record;
import dev.portside.testkit.records.FaultyPorts;
import dev.portside.testkit.time.MutableClock;
import dev.portside.testkit.records.WriteFault;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class WriteFaultProperties {

    private static final String TENANT = "acme";

    @Property(tries = 200)
    void afterReconcileEveryAcknowledgedRecordIsReadableAndIdenticalAndNoneIsHalfVisible(
            @ForAll("faults") List<WriteFault> faults) {
        MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));
        CursorCodec cursors = CursorCodec.fromSecret("test");
        FaultyPorts ports = new FaultyPorts(new InMemoryRecordArchive(clock, cursors), new InMemoryHotRecordStore(cursors),
                new LocalKeyVault(LocalKeyVaultTest.filled(5)));
        RecordVault vault = new RecordVault(ports.archive(), ports.hot(), ports.keys(), RecordsPolicy.defaults(), clock);
        Map<String, Record> acknowledged = new HashMap<>();
        Map<String, WriteRecord> failed = new HashMap<>();

        for (int i = 0; i < faults.size(); i++) {
            WriteFault fault = faults.get(i);
            WriteRecord command = new WriteRecord(TENANT, "r-" + i, "source " + i, "mapped " + i, "m-1",
                    clock.instant().minus(Duration.ofHours(i)), Map.of("n", "" + i));
            ports.arm(fault);
            Either<Problem, WriteReceipt> result = vault.write(command);
            if (fault == WriteFault.NONE) {
                acknowledged.put(command.id(), result.get().record());
            } else {
                assertThat(result.getLeft()).isInstanceOf(Problem.Unavailable.class);
                assertThat(((Problem.Unavailable) result.getLeft()).backend()).contains("'" + fault.step() + "'");
                failed.put(command.id(), command);
            }
        }
        ports.arm(WriteFault.NONE);
        vault.maintenance().reconcile(new ReconcileHotStore(TENANT), WorkProgress.NONE).get();

        acknowledged.forEach((id, record) ->
                assertThat(vault.read(new ReadRecord(TENANT, id, false)).get().record()).isEqualTo(record));
        failed.forEach((id, command) -> vault.read(new ReadRecord(TENANT, id, false)).fold(
                missing -> assertThat(missing).isInstanceOf(Problem.NotFound.class),
                found -> assertThat(found.record().sourceData()).isEqualTo(command.sourceData())));
        failed.forEach((id, command) -> assertThat(vault.write(command).isRight()).as("retry of %s", id).isTrue());
    }

    @Example
    void aWriteTheArchiveKeptButTheHotStoreRefusedIsHealedByReconcile() {
        MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));
        CursorCodec cursors = CursorCodec.fromSecret("test");
        FaultyPorts ports = new FaultyPorts(new InMemoryRecordArchive(clock, cursors), new InMemoryHotRecordStore(cursors),
                new LocalKeyVault(LocalKeyVaultTest.filled(5)));
        RecordVault vault = new RecordVault(ports.archive(), ports.hot(), ports.keys(), RecordsPolicy.defaults(), clock);
        WriteRecord command = new WriteRecord(TENANT, "r-1", "source", "mapped", "m-1", clock.instant(), Map.of());
        FindRecordsByModelVersion hotQuery = new FindRecordsByModelVersion(TENANT, "m-1",
                clock.instant().minus(Duration.ofDays(1)), clock.instant().plus(Duration.ofDays(1)), 10, null);

        ports.arm(WriteFault.HOT_BEFORE);
        assertThat(vault.write(command).getLeft()).isInstanceOfSatisfying(Problem.Unavailable.class,
                down -> assertThat(down.backend()).contains("'hot-store'"));
        ports.arm(WriteFault.NONE);
        assertThat(vault.read(new ReadRecord(TENANT, "r-1", false)).get().source()).isEqualTo(Source.ARCHIVE);
        assertThat(vault.findByModelVersion(hotQuery).get().items()).isEmpty();

        vault.maintenance().reconcile(new ReconcileHotStore(TENANT), WorkProgress.NONE).get();

        RecordRead healed = vault.read(new ReadRecord(TENANT, "r-1", false)).get();
        assertThat(healed.source()).isEqualTo(Source.HOT);
        assertThat(healed.record().intact()).isTrue();
        assertThat(vault.findByModelVersion(hotQuery).get().items()).containsExactly(healed.record());
    }

    @Provide
    Arbitrary<List<WriteFault>> faults() {
        return Arbitraries.of(WriteFault.class).list().ofMinSize(1).ofMaxSize(12);
    }
}
