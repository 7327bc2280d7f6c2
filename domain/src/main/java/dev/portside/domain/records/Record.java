package dev.portside.domain.records;

import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.Violation;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable mapping result: the detector output (source), its canonical taxonomy mapping, the
 * model version that produced it, when, free metadata, its content hash and the instant until which
 * the archive must keep it. Built only through {@link #of}, which checks every rule at once.
 */
public record Record(TenantId tenant, RecordId id, String sourceData, String mappedData, String modelVersion,
                     Instant timestamp, Map<String, String> metadata, ContentHash contentHash, Instant retainUntil) {

    public static final int MAX_PAYLOAD_BYTES = 1024 * 1024;
    public static final int MAX_METADATA_ENTRIES = 50;
    public static final int MAX_METADATA_KEY = 128;
    public static final int MAX_METADATA_VALUE = 1024;
    public static final int MAX_MODEL_VERSION = 128;

    public Record {
        metadata = Map.copyOf(new TreeMap<>(metadata));
    }

    /**
     * Validates everything, truncates the timestamp to milliseconds and retain-until to seconds (as Object
     * Lock keeps it), and computes the content hash.
     */
    public static Either<Problem, Record> of(TenantId tenant, String id, String sourceData, String mappedData,
                                             String modelVersion, Instant timestamp, Map<String, String> metadata,
                                             Instant retainUntil) {
        Checks checks = Checks.start();
        return of(checks, checks.notNull("tenant", tenant), id, sourceData, mappedData, modelVersion, timestamp,
                metadata, retainUntil);
    }

    /** As {@link #of(TenantId, String, String, String, String, Instant, Map, Instant)}, parsing the caller's tenant. */
    public static Either<Problem, Record> of(String tenant, String id, String sourceData, String mappedData,
                                             String modelVersion, Instant timestamp, Map<String, String> metadata,
                                             Instant retainUntil) {
        Checks checks = Checks.start();
        return of(checks, checks.tenant(tenant), id, sourceData, mappedData, modelVersion, timestamp, metadata,
                retainUntil);
    }

    private static Either<Problem, Record> of(Checks checks, TenantId t, String id, String sourceData,
                                              String mappedData, String modelVersion, Instant timestamp,
                                              Map<String, String> metadata, Instant retainUntil) {
        RecordId rid = checks.take(RecordId.of(id));
        String source = payload(checks, "sourceData", sourceData);
        String mapped = payload(checks, "mappedData", mappedData);
        String model = checks.text("modelVersion", modelVersion, 1, MAX_MODEL_VERSION);
        Instant ts = checks.instant("timestamp", timestamp);
        Instant until = checks.instant("retainUntil", retainUntil);
        if (ts != null && until != null && !until.isAfter(ts)) {
            checks.add(Violation.of("retainUntil", until, "must be after the timestamp " + ts));
        }
        Map<String, String> meta = metadata(checks, metadata);
        return checks.build(() -> {
            Instant millis = ts.truncatedTo(ChronoUnit.MILLIS);
            return new Record(t, rid, source, mapped, model, millis, meta,
                    ContentHash.of(rid, source, mapped, model, millis, meta), until.truncatedTo(ChronoUnit.SECONDS));
        });
    }

    /** True when the stored hash matches the content (no tampering, no half-decrypted payload). */
    public boolean intact() {
        return contentHash.equals(ContentHash.of(id, sourceData, mappedData, modelVersion, timestamp, metadata));
    }

    /** The same content with a later retain-until (retention only ever grows). */
    public Record retainedUntil(Instant until) {
        return new Record(tenant, id, sourceData, mappedData, modelVersion, timestamp, metadata, contentHash, until);
    }

    private static String payload(Checks checks, String field, String value) {
        if (checks.storableText(field, value) == null) {
            return null;
        }
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        checks.require(bytes <= MAX_PAYLOAD_BYTES, field, bytes + " bytes", "must be at most 1 MiB (UTF-8)");
        return value;
    }

    private static Map<String, String> metadata(Checks checks, Map<String, String> metadata) {
        if (metadata == null) {
            return Map.of();
        }
        checks.size("metadata", metadata.keySet(), MAX_METADATA_ENTRIES);
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            String key = e.getKey();
            if (key == null || key.isBlank() || key.length() > MAX_METADATA_KEY) {
                checks.add(Violation.ofText("metadata key", key, "must be 1.." + MAX_METADATA_KEY + " non-blank chars"));
            } else if (checks.take(Checks.storable("metadata key", key)) == null) {
                continue;
            }
            String value = e.getValue();
            if (value == null || value.length() > MAX_METADATA_VALUE) {
                checks.add(Violation.ofText("metadata[" + key + "]", value,
                        "must be present and at most " + MAX_METADATA_VALUE + " chars"));
            } else {
                checks.take(Checks.storable("metadata[" + key + "]", value));
            }
        }
        return metadata;
    }
}
