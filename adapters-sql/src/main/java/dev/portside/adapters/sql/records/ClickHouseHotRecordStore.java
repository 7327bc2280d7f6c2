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
import dev.portside.domain.records.ContentHash;
import dev.portside.domain.records.DailyCount;
import dev.portside.domain.records.HotRecordStore;
import dev.portside.domain.records.Record;
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
 * {@link ClickHouseRecordsProvisioner}). ClickHouse has no unique keys: a put first reads the stored hash
 * of its ids (the archive-first write path makes one writer per id the norm); bulk puts are one JDBC
 * batch; cleanup selects the oldest ids and deletes them with a lightweight DELETE, batch by batch. A put whose
 * connection broke is rerun: the rerun reads the stored ids again and inserts only the missing ones (deduplication by
 * id), and answers how many were new when the put first looked.
 */
public final class ClickHouseHotRecordStore implements HotRecordStore {

    private static final String COLUMNS = "tenant, id, source_data, mapped_data, model_version, "
            + "toUnixTimestamp64Milli(ts) AS ts_ms, meta_keys, meta_values, content_hash, "
            + "toUnixTimestamp64Milli(retain_until) AS until_ms";
    static final String INSERT = "INSERT INTO records_hot (tenant, id, source_data, mapped_data, model_version, ts, "
            + "meta_keys, meta_values, content_hash, retain_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final HotRows.Types TYPES = new HotRows.Types() {
        @Override
        public Object instant(Instant instant) {
            return instant;
        }

        @Override
        public Object texts(List<String> values) {
            return values.toArray(new String[0]);
        }
    };

    private final Guard guard;
    private final Pager pager;

    public ClickHouseHotRecordStore(Jdbi jdbi, CursorCodec cursors) {
        this.guard = Guard.clickhouse(jdbi);
        this.pager = new Pager(guard, cursors);
    }

    @Override
    public Either<Problem, Record> put(Record record) {
        return putAll(record.tenant(), List.of(record)).flatMap(n -> n == 1 ? Either.right(record)
                : get(record.tenant(), record.id()).map(Option::get));
    }

    @Override
    public Either<Problem, Integer> putAll(TenantId tenant, List<Record> records) {
        if (records.isEmpty()) {
            return Either.right(0);
        }
        int[] firstFresh = {-1};
        return guard.rerunnable().handle("put records", h -> {
            Map<String, String> stored = hashes(h, tenant, records.stream().map(Record::id).toList());
            Map<String, Record> fresh = new LinkedHashMap<>();
            for (Record record : records) {
                Record pending = fresh.get(record.id().value());
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
    static void insert(Handle h, Collection<Record> records) throws SQLException {
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
    public Either<Problem, Option<Record>> get(TenantId tenant, RecordId id) {
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
    public Either<Problem, Page<Record>> byModelVersion(TenantId tenant, String modelVersion, Instant from, Instant to,
                                                        PageRequest page) {
        String query = "records.hot.model|" + modelVersion + "|" + from + "|" + to;
        return pager.after(tenant, query, page, 2).flatMap(after -> guard.read("list records.hot.model", h -> {
            long afterMs = after.map(p -> Long.parseLong(p.get(0))).getOrElse(from.toEpochMilli());
            String afterId = after.map(p -> p.get(1)).getOrElse("");
            List<Record> rows = h.createQuery("SELECT " + COLUMNS + " FROM records_hot "
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
    public Either<Problem, Page<Record>> byMetadata(TenantId tenant, String key, String value, PageRequest page) {
        String query = "records.hot.meta|" + key + "=" + value;
        return pager.after(tenant, query, page, 1).flatMap(after -> guard.read("list records.hot.meta", h -> {
            List<Record> rows = h.createQuery("SELECT " + COLUMNS + " FROM records_hot "
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

    private static Record row(ResultSet rs) throws SQLException {
        Map<String, String> metadata = new HashMap<>();
        Object[] keys = (Object[]) rs.getArray("meta_keys").getArray();
        Object[] values = (Object[]) rs.getArray("meta_values").getArray();
        for (int i = 0; i < keys.length; i++) {
            metadata.put(String.valueOf(keys[i]), String.valueOf(values[i]));
        }
        return new Record(new TenantId(rs.getString("tenant")), new RecordId(rs.getString("id")), rs.getString("source_data"),
                rs.getString("mapped_data"), rs.getString("model_version"), Instant.ofEpochMilli(rs.getLong("ts_ms")),
                metadata, new ContentHash(rs.getString("content_hash")), Instant.ofEpochMilli(rs.getLong("until_ms")));
    }
}
