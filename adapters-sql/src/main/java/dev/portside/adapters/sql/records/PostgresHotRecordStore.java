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
import dev.portside.domain.records.ContentHash;
import dev.portside.domain.records.DailyCount;
import dev.portside.domain.records.HotRecordStore;
import dev.portside.domain.records.Record;
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
 * The hot store on PostgreSQL (table {@code records_hot}, Flyway location {@code db/records}): primary
 * key (tenant, id), indexes on (tenant, model_version, ts, id), (tenant, ts, id) and a GIN index on the
 * metadata jsonb. A bulk put is one plain JDBC batch ({@code on conflict do nothing}) in one transaction; rows it
 * skipped are checked against the stored hash and any difference rolls the whole batch back. Cleanup deletes
 * the oldest rows in batches.
 */
public final class PostgresHotRecordStore implements HotRecordStore {

    private static final String COLUMNS = "tenant, id, source_data, mapped_data, model_version, ts, content_hash, retain_until, "
            + MetadataColumn.SELECT;
    private static final String INSERT = "insert into records_hot (tenant, id, source_data, mapped_data, model_version, ts, "
            + "metadata, content_hash, retain_until) values (:tenant, :id, :source, :mapped, :model, :ts, "
            + MetadataColumn.VALUE + ", :hash, :until) on conflict (tenant, id) do nothing";

    private static final String BATCH_INSERT = "insert into records_hot (tenant, id, source_data, mapped_data, model_version, "
            + "ts, metadata, content_hash, retain_until) values (?, ?, ?, ?, ?, ?, jsonb_object(?::text[], ?::text[]), ?, ?) "
            + "on conflict (tenant, id) do nothing";

    private final Guard guard;
    private final Pager pager;

    public PostgresHotRecordStore(Jdbi jdbi, CursorCodec cursors) {
        this.guard = Guard.postgres(jdbi);
        this.pager = new Pager(guard, cursors);
    }

    @Override
    public Either<Problem, Record> put(Record record) {
        return guard.transaction("put record", h -> {
            int inserted = bind(h.createUpdate(INSERT), record).execute();
            if (inserted == 1) {
                return Either.right(record);
            }
            Record existing = find(h, record.tenant(), record.id()).get();
            return existing.contentHash().equals(record.contentHash())
                    ? Either.<Problem, Record>right(existing) : Either.<Problem, Record>left(conflict(record.id()));
        });
    }

    @Override
    public Either<Problem, Integer> putAll(TenantId tenant, List<Record> records) {
        Map<String, Record> unique = new LinkedHashMap<>();
        for (Record record : records) {
            Record earlier = unique.putIfAbsent(record.id().value(), record);
            if (earlier != null && !earlier.contentHash().equals(record.contentHash())) {
                return Either.left(conflict(record.id()));
            }
        }
        if (unique.isEmpty()) {
            return Either.right(0);
        }
        return guard.transaction("put records", h -> {
            List<Record> batch = List.copyOf(unique.values());
            HotRows.Types types = types(h.getConnection());
            int[] counts = Batches.jdbc(h, BATCH_INSERT, batch, Batches.ALL, (insert, r) -> HotRows.bind(insert, r, types));
            List<Record> skipped = new java.util.ArrayList<>();
            int written = 0;
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    skipped.add(batch.get(i));
                } else {
                    written++;
                }
            }
            if (!skipped.isEmpty()) {
                Map<String, String> stored = hashes(h, tenant, skipped.stream().map(Record::id).toList());
                for (Record record : skipped) {
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
    public Either<Problem, Option<Record>> get(TenantId tenant, RecordId id) {
        return guard.read("get record", h -> find(h, tenant, id));
    }

    private Option<Record> find(Handle h, TenantId tenant, RecordId id) {
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
    public Either<Problem, Page<Record>> byModelVersion(TenantId tenant, String modelVersion, Instant from, Instant to,
                                                        PageRequest page) {
        return pager.page(tenant, "records.hot.model|" + modelVersion + "|" + from + "|" + to, page, "select " + COLUMNS
                        + " from records_hot where tenant = :tenant and model_version = :model and ts >= :from and ts < :to",
                q -> q.bind("model", modelVersion).bind("from", utc(from)).bind("to", utc(to)),
                Keyset.ascending(Key.instant("ts", Record::timestamp), Key.text("id", r -> r.id().value())),
                (rs, ctx) -> row(rs));
    }

    @Override
    public Either<Problem, Page<Record>> byMetadata(TenantId tenant, String key, String value, PageRequest page) {
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

    private static <S extends org.jdbi.v3.core.statement.SqlStatement<S>> S bind(S statement, Record r) {
        return MetadataColumn.bind(statement, r.metadata()).bind("tenant", r.tenant().value()).bind("id", r.id().value())
                .bind("source", r.sourceData()).bind("mapped", r.mappedData()).bind("model", r.modelVersion())
                .bind("ts", utc(r.timestamp())).bind("hash", r.contentHash().hex()).bind("until", utc(r.retainUntil()));
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
        };
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Record row(ResultSet rs) throws SQLException {
        return new Record(new TenantId(rs.getString("tenant")), new RecordId(rs.getString("id")), rs.getString("source_data"),
                rs.getString("mapped_data"), rs.getString("model_version"),
                rs.getObject("ts", OffsetDateTime.class).toInstant(), MetadataColumn.read(rs), new ContentHash(rs.getString("content_hash")),
                rs.getObject("retain_until", OffsetDateTime.class).toInstant());
    }

    private static Problem conflict(RecordId id) {
        return new Problem.Conflict("record (different content hash)", id.value(), Revision.INITIAL, Revision.INITIAL);
    }
}
