package dev.portside.adapters.sql.records;

import dev.portside.adapters.sql.support.Batches;
import dev.portside.adapters.sql.support.Guard;
import dev.portside.adapters.sql.support.Pager;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.DailyCount;
import dev.portside.domain.records.HotRecordStore;
import dev.portside.domain.records.Envelope;
import dev.portside.domain.records.HotRecord;
import dev.portside.domain.records.RecordId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The analytics hot store on ClickHouse (MergeTree {@code records_hot}, see
 * {@link ClickHouseRecordsProvisioner}): the payload as the envelope's parts (base64 text), never in clear (the clear
 * columns of legacy rows are read, and emptied by {@link #seal} in one mutation per batch). ClickHouse has no unique keys: a put first reads the stored hash
 * of its ids (the archive-first write path makes one writer per id the norm); bulk puts are one JDBC
 * batch; cleanup selects the oldest ids and deletes them with a lightweight DELETE, batch by batch. A put whose
 * connection broke is rerun: the rerun reads the stored ids again and inserts only the missing ones (deduplication by
 * id), and answers how many were new when the put first looked.
 */
public final class ClickHouseHotRecordStore implements HotRecordStore {

    private static final String COLUMNS = "tenant, id, source_data, mapped_data, model_version, "
            + "toUnixTimestamp64Milli(ts) AS ts_ms, meta_keys, meta_values, content_hash, "
            + "toUnixTimestamp64Milli(retain_until) AS until_ms, format_version, key_id, wrapped_key, record_bound, iv, "
            + "ciphertext";
    static final String INSERT = "INSERT INTO records_hot (" + HotRows.COLUMNS.formatted("meta_keys, meta_values")
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /**
     * Seals legacy rows, or gives sealed ones their re-wrapped key, in one mutation per batch: the envelope's parts
     * looked up by id ({@code transform}), the clear columns emptied; only rows of the same id and content hash.
     */
    private static final String SEAL = "ALTER TABLE records_hot UPDATE "
            + "format_version = transform(id, ?, ?, format_version), key_id = transform(id, ?, ?, key_id), "
            + "wrapped_key = transform(id, ?, ?, wrapped_key), record_bound = transform(id, ?, ?, record_bound), "
            + "iv = transform(id, ?, ?, iv), ciphertext = transform(id, ?, ?, ciphertext), "
            + "source_data = '', mapped_data = '' "
            + "WHERE tenant = ? AND has(?, concat(id, '|', content_hash)) SETTINGS mutations_sync = 2";

    /** The rows a seal would change: of the same content, still in clear or under another wrapping. */
    private static final String TO_SEAL = "SELECT count() FROM records_hot WHERE tenant = ? "
            + "AND has(?, concat(id, '|', content_hash)) "
            + "AND (ciphertext = '' OR NOT has(?, concat(id, '|', key_id, '|', wrapped_key)))";

    private static final HotRows.Types TYPES = new HotRows.Types() {
        @Override
        public Object instant(Instant instant) {
            return instant;
        }

        @Override
        public Object texts(List<String> values) {
            return values.toArray(new String[0]);
        }

        @Override
        public Object bytes(byte[] bytes) {
            return BASE64.encodeToString(bytes);
        }
    };

    private static final java.util.Base64.Encoder BASE64 = java.util.Base64.getEncoder();
    private static final java.util.Base64.Decoder BASE64_DECODER = java.util.Base64.getDecoder();

    private final Guard guard;
    private final Pager pager;

    public ClickHouseHotRecordStore(Jdbi jdbi, CursorCodec cursors) {
        this.guard = Guard.clickhouse(jdbi);
        this.pager = new Pager(guard, cursors);
    }

    @Override
    public Either<Problem, HotRecord> put(HotRecord record) {
        return putAll(record.tenant(), List.of(record)).flatMap(n -> n == 1 ? Either.right(record)
                : get(record.tenant(), record.id()).map(Option::get));
    }

    @Override
    public Either<Problem, Integer> putAll(TenantId tenant, List<HotRecord> records) {
        if (records.isEmpty()) {
            return Either.right(0);
        }
        for (HotRecord record : records) {
            if (!record.isSealed()) {
                return Either.left(HotRecordStore.clearRefused(record.id()));
            }
        }
        int[] firstFresh = {-1};
        return guard.rerunnable().handle("put records", h -> {
            Map<String, String> stored = hashes(h, tenant, records.stream().map(HotRecord::id).toList());
            Map<String, HotRecord> fresh = new LinkedHashMap<>();
            for (HotRecord record : records) {
                HotRecord pending = fresh.get(record.id().value());
                String known = stored.getOrDefault(record.id().value(), pending == null ? null : pending.contentHash().hex());
                if (known != null && !known.equals(record.contentHash().hex())) {
                    return Either.<Problem, Integer>left(new Problem.Conflict("record (different content hash)",
                            record.id().value(), Revision.INITIAL, Revision.INITIAL));
                }
                if (known == null) {
                    fresh.put(record.id().value(), record);
                }
            }
            if (firstFresh[0] < 0) {
                firstFresh[0] = fresh.size();
            }
            if (!fresh.isEmpty()) {
                insert(h, fresh.values());
            }
            return Either.<Problem, Integer>right(firstFresh[0]);
        });
    }

    /** One JDBC batch insert, as a raw client would write it. */
    static void insert(Handle h, Collection<HotRecord> records) throws SQLException {
        Batches.jdbc(h, INSERT, List.copyOf(records), Batches.ALL, (insert, r) -> HotRows.bind(insert, r, TYPES));
    }

    /** Stored hashes of the given ids, in one query with the ids as a single array parameter. */
    private static Map<String, String> hashes(Handle h, TenantId tenant, List<RecordId> ids) throws SQLException {
        Map<String, String> hashes = new HashMap<>();
        try (PreparedStatement query = h.getConnection().prepareStatement(
                "SELECT id, content_hash FROM records_hot WHERE tenant = ? AND has(?, id)")) {
            query.setString(1, tenant.value());
            query.setObject(2, ids.stream().map(RecordId::value).toArray(String[]::new));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    hashes.putIfAbsent(rs.getString(1), rs.getString(2));
                }
            }
        }
        return hashes;
    }

    @Override
    public Either<Problem, Option<HotRecord>> get(TenantId tenant, RecordId id) {
        return guard.read("get record", h -> Option.ofOptional(h.createQuery(
                        "SELECT " + COLUMNS + " FROM records_hot WHERE tenant = :tenant AND id = :id LIMIT 1")
                .bind("tenant", tenant.value()).bind("id", id.value()).map((rs, ctx) -> row(rs)).findOne()));
    }

    @Override
    public Either<Problem, Set<RecordId>> present(TenantId tenant, Collection<RecordId> ids) {
        if (ids.isEmpty()) {
            return Either.right(Set.of());
        }
        return guard.read("find present records", h -> hashes(h, tenant, List.copyOf(ids)).keySet().stream()
                .map(RecordId::new).collect(Collectors.toSet()));
    }

    @Override
    public Either<Problem, Page<HotRecord>> byModelVersion(TenantId tenant, String modelVersion, Instant from, Instant to,
                                                        PageRequest page) {
        String query = "records.hot.model|" + modelVersion + "|" + from + "|" + to;
        return pager.after(tenant, query, page, 2).flatMap(after -> guard.read("list records.hot.model", h -> {
            long afterMs = after.map(p -> Long.parseLong(p.get(0))).getOrElse(from.toEpochMilli());
            String afterId = after.map(p -> p.get(1)).getOrElse("");
            List<HotRecord> rows = h.createQuery("SELECT " + COLUMNS + " FROM records_hot "
                            + "WHERE tenant = :tenant AND model_version = :model AND ts < fromUnixTimestamp64Milli(:to, 'UTC') "
                            + "AND (ts > fromUnixTimestamp64Milli(:afterMs, 'UTC') OR (ts = fromUnixTimestamp64Milli(:afterMs, 'UTC') AND id > :afterId)) "
                            + "ORDER BY ts, id LIMIT :limit")
                    .bind("tenant", tenant.value()).bind("model", modelVersion).bind("to", to.toEpochMilli())
                    .bind("afterMs", afterMs).bind("afterId", afterId).bind("limit", Pager.fetch(page))
                    .map((rs, ctx) -> row(rs)).list();
            return pager.page(rows, page, tenant, query,
                    r -> List.of(String.valueOf(r.timestamp().toEpochMilli()), r.id().value()));
        }));
    }

    @Override
    public Either<Problem, Page<HotRecord>> byMetadata(TenantId tenant, String key, String value, PageRequest page) {
        String query = "records.hot.meta|" + key + "=" + value;
        return pager.after(tenant, query, page, 1).flatMap(after -> guard.read("list records.hot.meta", h -> {
            List<HotRecord> rows = h.createQuery("SELECT " + COLUMNS + " FROM records_hot "
                            + "WHERE tenant = :tenant AND has(meta_keys, :key) "
                            + "AND arrayExists((k, v) -> k = :key AND v = :value, meta_keys, meta_values) "
                            + "AND id > :after ORDER BY id LIMIT :limit")
                    .bind("tenant", tenant.value()).bind("key", key).bind("value", value)
                    .bind("after", after.map(p -> p.get(0)).getOrElse("")).bind("limit", Pager.fetch(page))
                    .map((rs, ctx) -> row(rs)).list();
            return pager.page(rows, page, tenant, query, r -> List.of(r.id().value()));
        }));
    }

    @Override
    public Either<Problem, List<DailyCount>> countsPerDay(TenantId tenant, Instant from, Instant to) {
        return guard.read("count records per day", h -> h.createQuery(
                        "SELECT model_version, toString(toDate(ts, 'UTC')) AS day, count() AS n FROM records_hot "
                                + "WHERE tenant = :tenant AND ts >= fromUnixTimestamp64Milli(:from, 'UTC') "
                                + "AND ts < fromUnixTimestamp64Milli(:to, 'UTC') GROUP BY model_version, day ORDER BY day, model_version")
                .bind("tenant", tenant.value()).bind("from", from.toEpochMilli()).bind("to", to.toEpochMilli())
                .map((rs, ctx) -> new DailyCount(rs.getString(1), LocalDate.parse(rs.getString(2)), rs.getLong(3)))
                .list());
    }

    @Override
    public Either<Problem, Long> countOlderThan(TenantId tenant, Instant cutoff) {
        return guard.read("count old records", h -> h.createQuery(
                        "SELECT count() FROM records_hot WHERE tenant = :tenant AND ts < fromUnixTimestamp64Milli(:cutoff, 'UTC')")
                .bind("tenant", tenant.value()).bind("cutoff", cutoff.toEpochMilli()).mapTo(Long.class).one());
    }

    @Override
    public Either<Problem, Integer> deleteOlderThan(TenantId tenant, Instant cutoff, int batchSize) {
        return guard.read("delete old records", h -> {
            List<String> ids = h.createQuery("SELECT id FROM records_hot WHERE tenant = :tenant "
                            + "AND ts < fromUnixTimestamp64Milli(:cutoff, 'UTC') ORDER BY ts, id LIMIT :limit")
                    .bind("tenant", tenant.value()).bind("cutoff", cutoff.toEpochMilli()).bind("limit", batchSize)
                    .mapTo(String.class).list();
            if (!ids.isEmpty()) {
                h.createUpdate("DELETE FROM records_hot WHERE tenant = :tenant AND id IN (<ids>)")
                        .bind("tenant", tenant.value()).bindList("ids", ids).execute();
            }
            return ids.size();
        });
    }

    @Override
    public Either<Problem, List<HotRecord>> scan(TenantId tenant, String afterId, int limit) {
        return guard.read("scan records", h -> h.createQuery("SELECT " + COLUMNS + " FROM records_hot "
                        + "WHERE tenant = :tenant AND id > :after ORDER BY id LIMIT :limit")
                .bind("tenant", tenant.value()).bind("after", afterId).bind("limit", limit)
                .map((rs, ctx) -> row(rs)).list());
    }

    @Override
    public Either<Problem, Integer> seal(TenantId tenant, List<HotRecord> sealed) {
        if (sealed.isEmpty()) {
            return Either.right(0);
        }
        Option<Problem> refused = HotRecordStore.unsealable(tenant, sealed);
        if (refused.isDefined()) {
            return Either.left(refused.get());
        }
        List<Envelope> envelopes = sealed.stream().map(r -> r.envelope().get()).toList();
        String[] pairs = sealed.stream().map(r -> r.id().value() + "|" + r.contentHash().hex()).toArray(String[]::new);
        String[] wrappings = java.util.stream.IntStream.range(0, sealed.size())
                .mapToObj(i -> sealed.get(i).id().value() + "|" + envelopes.get(i).keyId() + "|"
                        + BASE64.encodeToString(envelopes.get(i).wrappedKey())).toArray(String[]::new);
        String[] ids = sealed.stream().map(r -> r.id().value()).toArray(String[]::new);
        List<Object[]> parts = List.of(
                envelopes.stream().map(Envelope::formatVersion).toArray(Integer[]::new),
                envelopes.stream().map(Envelope::keyId).toArray(String[]::new),
                envelopes.stream().map(e -> BASE64.encodeToString(e.wrappedKey())).toArray(String[]::new),
                envelopes.stream().map(e -> e.recordBound() ? 1 : 0).toArray(Integer[]::new),
                envelopes.stream().map(e -> BASE64.encodeToString(e.iv())).toArray(String[]::new),
                envelopes.stream().map(e -> BASE64.encodeToString(e.ciphertext())).toArray(String[]::new));
        return guard.handle("seal records", h -> {
            long changing;
            try (PreparedStatement count = h.getConnection().prepareStatement(TO_SEAL)) {
                count.setString(1, tenant.value());
                count.setObject(2, pairs);
                count.setObject(3, wrappings);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    changing = rs.getLong(1);
                }
            }
            if (changing > 0) {
                try (PreparedStatement update = h.getConnection().prepareStatement(SEAL)) {
                    int i = 1;
                    for (Object[] part : parts) {
                        update.setObject(i++, ids);
                        update.setObject(i++, part);
                    }
                    update.setString(i++, tenant.value());
                    update.setObject(i, pairs);
                    update.execute();
                }
            }
            return Either.right((int) changing);
        });
    }

    private static HotRecord row(ResultSet rs) throws SQLException {
        Map<String, String> metadata = new HashMap<>();
        Object[] keys = (Object[]) rs.getArray("meta_keys").getArray();
        Object[] values = (Object[]) rs.getArray("meta_values").getArray();
        for (int i = 0; i < keys.length; i++) {
            metadata.put(String.valueOf(keys[i]), String.valueOf(values[i]));
        }
        String ciphertext = rs.getString("ciphertext");
        Envelope envelope = ciphertext == null || ciphertext.isEmpty() ? null : new Envelope(rs.getInt("format_version"),
                rs.getString("key_id"), BASE64_DECODER.decode(rs.getString("wrapped_key")), rs.getInt("record_bound") == 1,
                BASE64_DECODER.decode(rs.getString("iv")), BASE64_DECODER.decode(ciphertext));
        return HotRows.row(rs.getString("tenant"), rs.getString("id"), rs.getString("model_version"),
                Instant.ofEpochMilli(rs.getLong("ts_ms")), metadata, rs.getString("content_hash"),
                Instant.ofEpochMilli(rs.getLong("until_ms")), rs.getString("source_data"), rs.getString("mapped_data"),
                envelope);
    }
}
