package dev.portside.bootstrap.records;

import dev.portside.bootstrap.spi.DemoSteps;
import dev.portside.domain.kernel.Problem;
import dev.portside.application.records.RecordCommands.CleanUpHotStore;
import dev.portside.application.records.RecordCommands.ExtendRetention;
import dev.portside.application.records.RecordCommands.PlaceLegalHold;
import dev.portside.application.records.RecordCommands.ReadRecord;
import dev.portside.application.records.RecordCommands.ReleaseLegalHold;
import dev.portside.application.records.RecordCommands.WriteRecord;
import dev.portside.application.records.RecordMaintenance;
import dev.portside.application.records.RecordVault;
import dev.portside.application.records.WorkProgress;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

/** The records walk of {@code portside demo}: write, idempotency, conflict, cleanup, archive read, WORM rules. */
final class RecordsDemo {

    private static final String TENANT = "demo";

    private final RecordVault vault;
    private final DemoSteps steps;

    RecordsDemo(RecordVault vault, DemoSteps steps) {
        this.vault = vault;
        this.steps = steps;
    }

    void run() {
        RecordMaintenance maintenance = vault.maintenance();
        Instant now = Instant.now();
        WriteRecord fresh = write("map-001", now);
        steps.ok("write map-001 (encrypt, archive, hot)", vault.write(fresh), r -> "stored, hash " + r.record().contentHash().hex().substring(0, 12) + "…");
        steps.ok("write map-001 again", vault.write(fresh), r -> r.alreadyStored() ? "idempotent: already stored" : "stored");
        steps.refused("write map-001 with other content", vault.write(new WriteRecord(TENANT, "map-001", "changed",
                "changed", "llama-2-7b-v1.0", now, Map.of())), Problem.Conflict.class);
        steps.ok("write map-000 dated 120 days ago", vault.write(write("map-000", now.minus(Duration.ofDays(120)))), r -> "stored");
        steps.ok("cleanup hot rows older than 90 days", maintenance.cleanup(new CleanUpHotStore(TENANT, null, false), WorkProgress.NONE),
                r -> r.count() + " deleted from the hot store");
        steps.ok("read map-000 with re-warm", vault.read(new ReadRecord(TENANT, "map-000", true)),
                r -> "from " + r.source() + (r.rewarmed() ? ", re-warmed" : "") + ": " + r.record().sourceData());
        steps.ok("place a legal hold on map-001", maintenance.placeLegalHold(new PlaceLegalHold(TENANT, "map-001")), r -> "held: " + r.legalHold());
        steps.ok("release the legal hold", maintenance.releaseLegalHold(new ReleaseLegalHold(TENANT, "map-001")), r -> "held: " + r.legalHold());
        steps.refused("shorten retention of map-001 to tomorrow", maintenance.extendRetention(new ExtendRetention(TENANT,
                "map-001", now.plus(Duration.ofDays(1)))), Problem.Rejected.class);
        steps.refused("write an invalid record", vault.write(new WriteRecord(TENANT, "bad id", null, "x", "", now,
                Map.of())), Problem.Invalid.class);
    }

    private static WriteRecord write(String id, Instant at) {
        return new WriteRecord(TENANT, id, "detector output for " + id, "{\"taxonomy\":\"PII.Email\"}", "llama-2-7b-v1.0",
                at, Map.of("detector", "presidio"));
    }
}
