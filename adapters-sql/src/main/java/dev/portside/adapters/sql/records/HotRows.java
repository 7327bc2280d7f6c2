package dev.portside.adapters.sql.records;

import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.ContentHash;
import dev.portside.domain.records.Envelope;
import dev.portside.domain.records.HotRecord;
import dev.portside.domain.records.RecordId;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The row both hot stores insert by plain JDBC batch: tenant, id, model version, timestamp, metadata keys (sorted)
 * and values, content hash, retain-until, then the envelope's parts (format version, key id, wrapped key, record
 * bound, IV, ciphertext); the legacy clear payload columns are never written. Each backend says how it binds an
 * instant, a text array and bytes.
 */
final class HotRows {

    /** The insert's column list, in bind order. */
    static final String COLUMNS = "tenant, id, model_version, ts, %s, content_hash, retain_until, "
            + "format_version, key_id, wrapped_key, record_bound, iv, ciphertext";

    /** How a backend binds the column types it spells its own way. */
    interface Types {
        Object instant(Instant instant);

        Object texts(List<String> values) throws SQLException;

        Object bytes(byte[] bytes);
    }

    private HotRows() {
    }

    static void bind(PreparedStatement insert, HotRecord r, Types types) throws SQLException {
        List<String> keys = r.metadata().keySet().stream().sorted().toList();
        Envelope e = r.envelope().get();
        insert.setString(1, r.tenant().value());
        insert.setString(2, r.id().value());
        insert.setString(3, r.modelVersion());
        insert.setObject(4, types.instant(r.timestamp()));
        insert.setObject(5, types.texts(keys));
        insert.setObject(6, types.texts(keys.stream().map(r.metadata()::get).toList()));
        insert.setString(7, r.contentHash().hex());
        insert.setObject(8, types.instant(r.retainUntil()));
        insert.setInt(9, e.formatVersion());
        insert.setString(10, e.keyId());
        insert.setObject(11, types.bytes(e.wrappedKey()));
        insert.setBoolean(12, e.recordBound());
        insert.setObject(13, types.bytes(e.iv()));
        insert.setObject(14, types.bytes(e.ciphertext()));
    }

    /** A row read back: sealed when it has a ciphertext, else a legacy row in clear. */
    static HotRecord row(String tenant, String id, String model, Instant ts, Map<String, String> metadata, String hash,
                         Instant until, String source, String mapped, Envelope envelope) {
        HotRecord.Payload payload = envelope != null ? new HotRecord.Payload.Sealed(envelope)
                : new HotRecord.Payload.Clear(source, mapped);
        return new HotRecord(new TenantId(tenant), new RecordId(id), model, ts, metadata, new ContentHash(hash), until,
                payload);
    }
}
