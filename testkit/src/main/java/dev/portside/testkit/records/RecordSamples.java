package dev.portside.testkit.records;

import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.ContentHash;
import dev.portside.domain.records.Envelope;
import dev.portside.domain.records.HotRecord;
import dev.portside.domain.records.Record;
import dev.portside.domain.records.RecordId;
import dev.portside.domain.records.SealedRecord;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/** Ready-made valid records and sealed records for contract tests. */
public final class RecordSamples {

    private RecordSamples() {
    }

    public static TenantId freshTenant() {
        return new TenantId("t" + UUID.randomUUID().toString().replace("-", "").substring(0, 20));
    }

    public static Record record(TenantId tenant, String id, String model, Instant timestamp, Map<String, String> metadata) {
        return Record.of(tenant, id, "detector output of " + id, "{\"category\":\"" + id + "\"}", model, timestamp,
                metadata, timestamp.plus(Duration.ofDays(3650))).get();
    }

    public static Record record(TenantId tenant, String id) {
        return record(tenant, id, "model-1", Instant.now().truncatedTo(ChronoUnit.MILLIS), Map.of("detector", "d1"));
    }

    /**
     * The hot row of a record, sealed in an opaque envelope (the ciphertext holds the content hash, never the
     * payload): what a hot store is given; the vault's real envelopes are tested through {@code RecordVault}.
     */
    public static HotRecord hot(Record record) {
        Envelope envelope = new Envelope(Envelope.FORMAT_VERSION, "test-key", ("wrapped-" + record.id().value())
                .getBytes(StandardCharsets.UTF_8), true, new byte[12],
                ("sealed " + record.contentHash().hex()).getBytes(StandardCharsets.UTF_8));
        return new HotRecord(record.tenant(), record.id(), record.modelVersion(), record.timestamp(), record.metadata(),
                record.contentHash(), record.retainUntil(), new HotRecord.Payload.Sealed(envelope));
    }

    /** A sealed record with an opaque envelope; {@code variant} changes the content hash. */
    public static SealedRecord sealed(TenantId tenant, String id, Instant timestamp, String variant) {
        RecordId rid = new RecordId(id);
        Instant millis = timestamp.truncatedTo(ChronoUnit.MILLIS);
        Map<String, String> metadata = Map.of("detector", "d-" + variant);
        ContentHash hash = ContentHash.of(rid, "s" + variant, "m" + variant, "model-1", millis, metadata);
        Envelope envelope = new Envelope(Envelope.FORMAT_VERSION, "test-key", ("wrapped-" + variant).getBytes(StandardCharsets.UTF_8),
                true, new byte[12], ("ciphertext of " + variant).getBytes(StandardCharsets.UTF_8));
        return new SealedRecord(tenant, rid, "model-1", millis, metadata, hash, envelope);
    }
}
