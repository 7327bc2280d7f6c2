package dev.portside.adapters.sql.records;

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
import dev.portside.domain.records.ArchivedRecord;
import dev.portside.domain.records.ContentHash;
import dev.portside.domain.records.Envelope;
import dev.portside.domain.records.RecordArchive;
import dev.portside.domain.records.RecordId;
import dev.portside.domain.records.RecordRef;
import dev.portside.domain.records.Retention;
import dev.portside.domain.records.SealedRecord;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.BiFunction;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The archive on PostgreSQL, WORM without S3 (table {@code records_archive.archived_records}, Flyway location
 * {@code db/records_archive}): inserts only, owned by a role the application is not; a trigger refuses changed
 * content, shortened retention, deletes before retain-until or under legal hold and truncation, judged by the
 * server's clock. This adapter checks the same rules first, under a row lock, and maps refusals to problems.
 */
public final class PostgresRecordArchive implements RecordArchive {

    private static final String TABLE = "records_archive.archived_records";
    private static final String COLUMNS = "tenant, id, model_version, ts, content_hash, format_version, key_id, "
            + "wrapped_key, record_bound, iv, ciphertext, retain_until, legal_hold, " + MetadataColumn.SELECT;
    private static final String INSERT = "insert into " + TABLE + " (tenant, id, day, model_version, ts, metadata, "
            + "content_hash, format_version, key_id, wrapped_key, record_bound, iv, ciphertext, retain_until) values "
            + "(:tenant, :id, :day, :model, :ts, " + MetadataColumn.VALUE + ", :hash, "
            + ":format, :key, :wrapped, :bound, :iv, :ciphertext, :until) on conflict (tenant, id) do nothing";

    private final Guard guard;
    private final Pager pager;

    public PostgresRecordArchive(Jdbi jdbi, CursorCodec cursors) {
        this.guard = Guard.postgres(jdbi);
        this.pager = new Pager(guard, cursors);
    }

    @Override
    public Either<Problem, ArchivedRecord> put(SealedRecord record, Instant retainUntil) {
        return guard.transaction("archive record", h -> {
            Option<ArchivedRecord> existing = find(h, record.tenant(), record.id(), false);
            if (existing.isEmpty()) {
                if (!h.createQuery("select cast(:until as timestamptz) > now()").bind("until", utc(retainUntil))
                        .mapTo(Boolean.class).one()) {
                    return Either.left(Problem.Invalid.of("retainUntil", retainUntil, "must be in the future"));
                }
                if (insert(h, record, retainUntil) == 1) {
                    return Either.right(new ArchivedRecord(record, new Retention(retainUntil, false)));
                }
                existing = find(h, record.tenant(), record.id(), false);
            }
            ArchivedRecord stored = existing.get();
            return stored.sealed().contentHash().equals(record.contentHash()) ? Either.right(stored)
                    : Either.left(new Problem.Conflict("record (different content hash)", record.id().value(),
                            Revision.INITIAL, Revision.INITIAL));
        });
    }

    private static int insert(Handle h, SealedRecord r, Instant retainUntil) {
        Envelope e = r.envelope();
        return MetadataColumn.bind(h.createUpdate(INSERT), r.metadata()).bind("tenant", r.tenant().value()).bind("id", r.id().value())
                .bind("day", LocalDate.ofInstant(r.timestamp(), ZoneOffset.UTC)).bind("model", r.modelVersion())
                .bind("ts", utc(r.timestamp())).bind("hash", r.contentHash().hex())
                .bind("format", e.formatVersion()).bind("key", e.keyId()).bind("wrapped", e.wrappedKey())
                .bind("bound", e.recordBound()).bind("iv", e.iv()).bind("ciphertext", e.ciphertext())
                .bind("until", utc(retainUntil)).execute();
    }

    @Override
    public Either<Problem, Option<ArchivedRecord>> get(TenantId tenant, RecordId id) {
        return guard.read("get archived record", h -> find(h, tenant, id, false));
    }

    @Override
    public Either<Problem, Page<RecordRef>> list(TenantId tenant, LocalDate day, PageRequest page) {
        return pager.page(tenant, "records.archive.list|" + day, page,
                "select id from " + TABLE + " where tenant = :tenant and day = :day", q -> q.bind("day", day),
                Keyset.ascending(Key.text("id", ref -> ref.id().value())),
                (rs, ctx) -> new RecordRef(new RecordId(rs.getString("id")), day));
    }

    @Override
    public Either<Problem, Retention> extendRetention(TenantId tenant, RecordId id, Instant until) {
        return locked("extend retention", tenant, id, (h, found) -> {
            if (!found.retention().canExtendTo(until)) {
                return Either.left(new Problem.Rejected("worm-retention",
                        "retention of record " + id + " can only be extended, not shortened to " + until));
            }
            update(h, tenant, id, "retain_until = :value", utc(until));
            return Either.right(found.retention().extendedTo(until));
        });
    }

    @Override
    public Either<Problem, Retention> legalHold(TenantId tenant, RecordId id, boolean hold) {
        return locked("set legal hold", tenant, id, (h, found) -> {
            update(h, tenant, id, "legal_hold = :value", hold);
            return Either.right(found.retention().withLegalHold(hold));
        });
    }

    @Override
    public Either<Problem, ArchivedRecord> rewrap(TenantId tenant, RecordId id, Envelope rewrapped) {
        return locked("rewrap archived record", tenant, id, (h, found) -> {
            if (!found.sealed().envelope().sameContentAs(rewrapped)) {
                return Either.left(RecordArchive.notARewrap(id));
            }
            h.createUpdate("update " + TABLE + " set key_id = :key, wrapped_key = :wrapped"
                            + " where tenant = :tenant and id = :id")
                    .bind("key", rewrapped.keyId()).bind("wrapped", rewrapped.wrappedKey())
                    .bind("tenant", tenant.value()).bind("id", id.value()).execute();
            return Either.right(new ArchivedRecord(found.sealed().withEnvelope(rewrapped), found.retention()));
        });
    }

    @Override
    public Either<Problem, RecordId> delete(TenantId tenant, RecordId id) {
        return locked("delete archived record", tenant, id, (h, found) -> {
            int deleted = h.createUpdate("delete from " + TABLE + " where tenant = :tenant and id = :id "
                            + "and not legal_hold and now() >= retain_until")
                    .bind("tenant", tenant.value()).bind("id", id.value()).execute();
            return deleted == 1 ? Either.right(id) : Either.left(new Problem.Rejected("worm-retention", "record " + id
                    + " is locked until " + found.retention().retainUntil()
                    + (found.retention().legalHold() ? " and under legal hold" : "")));
        });
    }

    /** One transaction on the row of {@code id}, locked; NotFound when there is none. */
    private <T> Either<Problem, T> locked(String operation, TenantId tenant, RecordId id,
                                          BiFunction<Handle, ArchivedRecord, Either<Problem, T>> work) {
        return guard.transaction(operation, h -> find(h, tenant, id, true)
                .<Either<Problem, T>>map(found -> work.apply(h, found))
                .getOrElse(() -> Either.left(new Problem.NotFound("record", id.value()))));
    }

    private static void update(Handle h, TenantId tenant, RecordId id, String assignment, Object value) {
        h.createUpdate("update " + TABLE + " set " + assignment + " where tenant = :tenant and id = :id")
                .bind("tenant", tenant.value()).bind("id", id.value()).bind("value", value).execute();
    }

    private static Option<ArchivedRecord> find(Handle h, TenantId tenant, RecordId id, boolean forUpdate) {
        return Option.ofOptional(h.createQuery("select " + COLUMNS + " from " + TABLE
                        + " where tenant = :tenant and id = :id" + (forUpdate ? " for update" : ""))
                .bind("tenant", tenant.value()).bind("id", id.value())
                .map((rs, ctx) -> row(rs)).findOne());
    }

    private static ArchivedRecord row(ResultSet rs) throws SQLException {
        Envelope envelope = new Envelope(rs.getInt("format_version"), rs.getString("key_id"), rs.getBytes("wrapped_key"),
                rs.getBoolean("record_bound"), rs.getBytes("iv"), rs.getBytes("ciphertext"));
        SealedRecord sealed = new SealedRecord(new TenantId(rs.getString("tenant")), new RecordId(rs.getString("id")),
                rs.getString("model_version"), rs.getObject("ts", OffsetDateTime.class).toInstant(), MetadataColumn.read(rs),
                new ContentHash(rs.getString("content_hash")), envelope);
        return new ArchivedRecord(sealed, new Retention(rs.getObject("retain_until", OffsetDateTime.class).toInstant(),
                rs.getBoolean("legal_hold")));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
