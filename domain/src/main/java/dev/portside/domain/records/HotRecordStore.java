package dev.portside.domain.records;

import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.Violation;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Recent records for fast queries: the facts queries filter on in clear, the payload sealed ({@link HotRecord}).
 * Only sealed rows are written: a put of a row in clear is {@link Problem.Invalid}. A put of an existing id with the
 * same hash is idempotent (the stored row is answered), with another hash a {@link Problem.Conflict}; a bulk put is
 * all-or-nothing. Rows older than the hot retention are deleted in batches, oldest first. Rows written before hot
 * rows were sealed are read as they are and sealed in place by {@link #seal}.
 */
public interface HotRecordStore {

    Either<Problem, HotRecord> put(HotRecord record);

    /** Writes every record not yet stored; returns how many were new. */
    Either<Problem, Integer> putAll(TenantId tenant, List<HotRecord> records);

    Either<Problem, Option<HotRecord>> get(TenantId tenant, RecordId id);

    /** Which of the given ids are stored. */
    Either<Problem, Set<RecordId>> present(TenantId tenant, Collection<RecordId> ids);

    /** Records of one model version with {@code from <= timestamp < to}, ordered by timestamp then id. */
    Either<Problem, Page<HotRecord>> byModelVersion(TenantId tenant, String modelVersion, Instant from, Instant to,
                                                 PageRequest page);

    /** Records whose metadata maps {@code key} to {@code value}, ordered by id. */
    Either<Problem, Page<HotRecord>> byMetadata(TenantId tenant, String key, String value, PageRequest page);

    /** Counts per model version per UTC day for {@code from <= timestamp < to}, ordered by day then model version. */
    Either<Problem, List<DailyCount>> countsPerDay(TenantId tenant, Instant from, Instant to);

    Either<Problem, Long> countOlderThan(TenantId tenant, Instant cutoff);

    /** Deletes at most {@code batchSize} records with timestamp before {@code cutoff}; returns how many. */
    Either<Problem, Integer> deleteOlderThan(TenantId tenant, Instant cutoff, int batchSize);

    /** Up to {@code limit} rows of the tenant with an id after {@code afterId} ("" for the first), ordered by id. */
    Either<Problem, List<HotRecord>> scan(TenantId tenant, String afterId, int limit);

    /**
     * Replaces the payload of stored rows by the envelope of the given sealed rows: a legacy row in clear is
     * sealed (its clear payload is gone afterwards), a sealed row gets a re-wrapped data key. Only rows with the
     * same id and content hash change; returns how many did (a re-run changes nothing).
     */
    Either<Problem, Integer> seal(TenantId tenant, List<HotRecord> sealed);

    /**
     * What every adapter's {@link #seal} answers before it writes anything: {@code Invalid} for the first row
     * that is in clear or of another tenant, none when every row may be written.
     */
    static io.vavr.control.Option<Problem> unsealable(TenantId tenant, List<HotRecord> rows) {
        return io.vavr.collection.List.ofAll(rows).find(row -> !row.isSealed() || !row.tenant().equals(tenant))
                .map(row -> clearRefused(row.id()));
    }

    /** The problem of a put of a row in clear (hot stores write sealed rows only). */
    static Problem clearRefused(RecordId id) {
        return new Problem.Invalid(List.of(Violation.of("payload", id.value(),
                "hot rows are written sealed only")));
    }
}
