package dev.portside.domain.records;

import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Map;

/**
 * A hot-store row: the facts queries filter on in clear (model version, timestamp, metadata, content hash,
 * retain-until) and the payload (source and mapped data) sealed in an {@link Envelope}. A row written before hot
 * rows were sealed carries its payload in clear instead ({@link Payload.Clear}) until {@code records seal-hot}
 * migrates it; hot stores write only sealed rows.
 */
public record HotRecord(TenantId tenant, RecordId id, String modelVersion, Instant timestamp,
                        Map<String, String> metadata, ContentHash contentHash, Instant retainUntil, Payload payload) {

    /** Sealed (the only shape written) or, for a legacy row, in clear. */
    public sealed interface Payload {
        record Sealed(Envelope envelope) implements Payload {
        }

        record Clear(String sourceData, String mappedData) implements Payload {
            @Override
            public String toString() {
                return "Clear[" + sourceData.length() + " + " + mappedData.length() + " chars]";
            }
        }
    }

    public HotRecord {
        metadata = Map.copyOf(metadata);
    }

    /** The hot row of a sealed record, kept until {@code retainUntil}. */
    public static HotRecord of(SealedRecord sealed, Instant retainUntil) {
        return new HotRecord(sealed.tenant(), sealed.id(), sealed.modelVersion(), sealed.timestamp(), sealed.metadata(),
                sealed.contentHash(), retainUntil, new Payload.Sealed(sealed.envelope()));
    }

    /** A row as written before hot rows were sealed: the payload in clear. */
    public static HotRecord legacy(Record record) {
        return new HotRecord(record.tenant(), record.id(), record.modelVersion(), record.timestamp(), record.metadata(),
                record.contentHash(), record.retainUntil(), new Payload.Clear(record.sourceData(), record.mappedData()));
    }

    public Option<Envelope> envelope() {
        return payload instanceof Payload.Sealed s ? Option.of(s.envelope()) : Option.none();
    }

    public boolean isSealed() {
        return payload instanceof Payload.Sealed;
    }

    /** This row with its payload replaced by {@code other}. */
    public HotRecord withEnvelope(Envelope other) {
        return new HotRecord(tenant, id, modelVersion, timestamp, metadata, contentHash, retainUntil,
                new Payload.Sealed(other));
    }

    /** The clear facts and the envelope, as the archive keeps them; only for a sealed row. */
    public SealedRecord sealedRecord() {
        return new SealedRecord(tenant, id, modelVersion, timestamp, metadata, contentHash, envelope().get());
    }
}
