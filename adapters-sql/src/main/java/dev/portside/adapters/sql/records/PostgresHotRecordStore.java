package dev.portside.adapters.sql.records;

import dev.portside.adapters.sql.support.Batches;
import dev.portside.adapters.sql.support.Guard;
import dev.portside.adapters.sql.support.Keyset;
import dev.portside.adapters.sql.support.Keyset.Key;
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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
 * The hot store on PostgreSQL (table {@code records_hot}, Flyway location {@code db/records}): the payload as the
 * envelope's parts (bytea), never in clear (the clear columns of legacy rows are read, and emptied by {@link #seal});
 * primary key (tenant, id), indexes on (tenant, model_version, ts, id), (tenant, ts, id) and a GIN index on the
 * metadata jsonb. A bulk put is one plain JDBC batch ({@code on conflict do nothing}) in one transaction; rows it
 * skipped are checked against the stored hash and any difference rolls the whole batch back. Cleanup deletes
 * the oldest rows in batches.
 */
public final class PostgresHotRecordStore implements HotRecordStore {

    private static final String COLUMNS = "tenant, id, source_data, mapped_data, model_version, ts, content_hash, "
            + "retain_until, format_version, key_id, wrapped_key, record_bound, iv, ciphertext, " + MetadataColumn.SELECT;

    private static final String BATCH_INSERT = "insert into records_hot (" + HotRows.COLUMNS.formatted("metadata")
            + ") values (?, ?, ?, ?, jsonb_object(?::text[], ?::text[]), ?, ?, ?, ?, ?, ?, ?, ?) "
            + "on conflict (tenant, id) do nothing";

    /** Seals a legacy row, or gives a sealed one its re-wrapped key; only the row of that content, only if it differs. */
    private static final String SEAL = "update records_hot set format_version = ?, key_id = ?, wrapped_key = ?, "
            + "record_bound = ?, iv = ?, ciphertext = ?, source_data = null, mapped_data = null "
            + "where tenant = ? and id = ? and content_hash = ? and (ciphertext is null or key_id <> ? "
            + "or wrapped_key <> ? or ciphertext <> ?)";

    private final Guard guard;
    private final Pager pager;

    public PostgresHotRecordStore(Jdbi jdbi, CursorCodec cursors) {
        this.guard = Guard.postgres(jdbi);
        this.pager = new Pager(guard, cursors);
    }

    @Override
    public Either<Problem, HotRecord> put(HotRecord record) {
        return putAll(record.tenant(), List.of(record)).flatMap(n -> n == 1 ? Either.right(record)
                : get(record.tenant(), record.id()).map(Option::get));
    }

    @Override
    public Either<Problem, Integer> putAll(TenantId tenant, List<HotRecord> records) {
        Map<String, HotRecord> unique = new LinkedHashMap<>();
        for (HotRecord record : records) {
            if (!record.isSealed()) {
                return Either.left(HotRecordStore.clearRefused(record.id()));
            }
            HotRecord earlier = unique.putIfAbsent(record.id().value(), record);
            if (earlier != null && !earlier.contentHash().equals(record.contentHash())) {
                return Either.left(conflict(record.id()));
            }
        }
        if (unique.isEmpty()) {
            return Either.right(0);
        }
        return guard.transaction("put records", h -> {
            List<HotRecord> batch = List.copyOf(unique.values());
            HotRows.Types types = types(h.getConnection());
            int[] counts = Batches.jdbc(h, BATCH_INSERT, batch, Batches.ALL, (insert, r) -> HotRows.bind(insert, r, types));
            List<HotRecord> skipped = new java.util.ArrayList<>();
            int written = 0;
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    skipped.add(batch.get(i));
                } else {
                    written++;
                }
            }
            if (!skipped.isEmpty()) {
                Map<String, String> stored = hashes(h, tenant, skipped.stream().map(HotRecord::id).toList());
                for (HotRecord record : skipped) {
                    if (!record.contentHash().hex().equals(stored.get(record.id().value()))) {
                        return Either.<Problem, Integer>left(conflict(record.id()));
                    }
                }
            }
            return Either.<Problem, Integer>right(written);
        });
    }

    private static Map<String, String> hashes(Handle h, TenantId tenant, List<RecordId> ids) {
        Map<String, String> hashes = new HashMap<>();
        h.createQuery("select id, content_hash from records_hot where tenant = :tenant and id = any(:ids)")
                .bind("tenant", tenant.value())
                .bindArray("ids", String.class, ids.stream().map(RecordId::value).toList())
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> hashes.put(e.getKey(), e.getValue()));
        return hashes;
    }

    @Override
    public Either<Problem, Option<HotRecord>> get(TenantId tenant, RecordId id) {
        return guard.read("get record", h -> find(h, tenant, id));
    }

    private Option<HotRecord> find(Handle h, TenantId tenant, RecordId id) {
        return Option.ofOptional(h.createQuery("select " + COLUMNS + " from records_hot where tenant = :tenant and id = :id")
                .bind("tenant", tenant.value()).bind("id", id.value())
                .map((rs, ctx) -> row(rs)).findOne());
    }

    @Override
    public Either<Problem, Set<RecordId>> present(TenantId tenant, Collection<RecordId> ids) {
        return guard.read("find present records", h ->
                hashes(h, tenant, List.copyOf(ids)).keySet().stream().map(RecordId::new).collect(Collectors.toSet()));
    }

    @Override
    public Either<Problem, Page<HotRecord>> byModelVersion(TenantId tenant, String modelVersion, Instant from, Instant to,
                                                        PageRequest page) {
        return pager.page(tenant, "records.hot.model|" + modelVersion + "|" + from + "|" + to, page, "select " + COLUMNS
                        + " from records_hot where tenant = :tenant and model_version = :model and ts >= :from and ts < :to",
                q -> q.bind("model", modelVersion).bind("from", utc(from)).bind("to", utc(to)),
                Keyset.ascending(Key.instant("ts", HotRecord::timestamp), Key.text("id", r -> r.id().value())),
                (rs, ctx) -> row(rs));
    }

    @Override
    public Either<Problem, Page<HotRecord>> byMetadata(TenantId tenant, String key, String value, PageRequest page) {
        return pager.page(tenant, "records.hot.meta|" + key + "=" + value, page, "select " + COLUMNS
                        + " from records_hot where tenant = :tenant "
                        + "and metadata @> jsonb_build_object(cast(:key as text), cast(:value as text))",
                q -> q.bind("key", key).bind("value", value), Keyset.ascending(Key.text("id", r -> r.id().value())),
                (rs, ctx) -> row(rs));
    }

    @Override
    public Either<Problem, List<DailyCount>> countsPerDay(TenantId tenant, Instant from, Instant to) {
        return guard.read("count records per day", h -> h.createQuery(
                        "select model_version, cast(ts at time zone 'UTC' as date) as day, count(*) from records_hot "
                                + "where tenant = :tenant and ts >= :from and ts < :to group by 1, 2 order by 2, 1")
                .bind("tenant", tenant.value()).bind("from", utc(from)).bind("to", utc(to))
                .map((rs, ctx) -> new DailyCount(rs.getString(1), rs.getObject(2, java.time.LocalDate.class), rs.getLong(3)))
                .list());
    }

    @Override
    public Either<Problem, Long> countOlderThan(TenantId tenant, Instant cutoff) {
        return guard.read("count old records", h -> h.createQuery(
                        "select count(*) from records_hot where tenant = :tenant and ts < :cutoff")
                .bind("tenant", tenant.value()).bind("cutoff", utc(cutoff)).mapTo(Long.class).one());
    }

    @Override
    public Either<Problem, Integer> deleteOlderThan(TenantId tenant, Instant cutoff, int batchSize) {
        return guard.read("delete old records", h -> h.createUpdate(
                        "delete from records_hot where tenant = :tenant and id in (select id from records_hot "
                                + "where tenant = :tenant and ts < :cutoff order by ts, id limit :limit)")
                .bind("tenant", tenant.value()).bind("cutoff", utc(cutoff)).bind("limit", batchSize).execute());
    }

    @Override
    public Either<Problem, List<HotRecord>> scan(TenantId tenant, String afterId, int limit) {
        return guard.read("scan records", h -> h.createQuery("select " + COLUMNS
                        + " from records_hot where tenant = :tenant and id > :after order by id limit :limit")
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
        return guard.transaction("seal records", h -> {
            int[] counts = Batches.jdbc(h, SEAL, sealed, Batches.CHUNK, (update, r) -> {
                Envelope e = r.envelope().get();
                update.setInt(1, e.formatVersion());
                update.setString(2, e.keyId());
                update.setBytes(3, e.wrappedKey());
                update.setBoolean(4, e.recordBound());
                update.setBytes(5, e.iv());
                update.setBytes(6, e.ciphertext());
                update.setString(7, tenant.value());
                update.setString(8, r.id().value());
                update.setString(9, r.contentHash().hex());
                update.setString(10, e.keyId());
                update.setBytes(11, e.wrappedKey());
                update.setBytes(12, e.ciphertext());
            });
            return Either.<Problem, Integer>right(java.util.Arrays.stream(counts).sum());
        });
    }

    /** The plain JDBC batch binds the columns of PostgreSQL types: the cheapest way through the driver short of COPY. */
    private static HotRows.Types types(Connection connection) {
        return new HotRows.Types() {
            @Override
            public Object instant(Instant instant) {
                return utc(instant);
            }

            @Override
            public Object texts(List<String> values) throws SQLException {
                return connection.createArrayOf("text", values.toArray());
            }

            @Override
            public Object bytes(byte[] bytes) {
                return bytes;
            }
        };
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static HotRecord row(ResultSet rs) throws SQLException {
        byte[] ciphertext = rs.getBytes("ciphertext");
        Envelope envelope = ciphertext == null ? null : new Envelope(rs.getInt("format_version"), rs.getString("key_id"),
                rs.getBytes("wrapped_key"), rs.getBoolean("record_bound"), rs.getBytes("iv"), ciphertext);
        return HotRows.row(rs.getString("tenant"), rs.getString("id"), rs.getString("model_version"),
                rs.getObject("ts", OffsetDateTime.class).toInstant(), MetadataColumn.read(rs), rs.getString("content_hash"),
                rs.getObject("retain_until", OffsetDateTime.class).toInstant(), rs.getString("source_data"),
                rs.getString("mapped_data"), envelope);
    }

    private static Problem conflict(RecordId id) {
        return new Problem.Conflict("record (different content hash)", id.value(), Revision.INITIAL, Revision.INITIAL);
    }
}
