package dev.portside.domain.records;

import dev.portside.domain.kernel.TenantId;
import java.time.Instant;
import java.util.Map;

/**
 * A record as the archive keeps it: the queryable facts in clear (model version, timestamp,
 * metadata, content hash) and source plus mapped data inside one encrypted {@link Envelope}.
 */
public record SealedRecord(TenantId tenant, RecordId id, String modelVersion, Instant timestamp,
                           Map<String, String> metadata, ContentHash contentHash, Envelope envelope) {

    public SealedRecord {
        metadata = Map.copyOf(metadata);
    }

    /** This record with its envelope replaced, e.g. by a re-wrapped one. */
    public SealedRecord withEnvelope(Envelope other) {
        return new SealedRecord(tenant, id, modelVersion, timestamp, metadata, contentHash, other);
    }
}
