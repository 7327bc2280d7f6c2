package dev.portside.domain.records;

import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Recent records in clear for fast queries. A put of an existing id with the same hash is
 * idempotent, with another hash a {@link Problem.Conflict}; a bulk put is all-or-nothing.
 * Rows older than the hot retention are deleted in batches, oldest first.
 */
public interface HotRecordStore {

    Either<Problem, Record> put(Record record);

    /** Writes every record not yet stored; returns how many were new. */
    Either<Problem, Integer> putAll(TenantId tenant, List<Record> records);

    Either<Problem, Option<Record>> get(TenantId tenant, RecordId id);

    /** Which of the given ids are stored. */
    Either<Problem, Set<RecordId>> present(TenantId tenant, Collection<RecordId> ids);

    /** Records of one model version with {@code from <= timestamp < to}, ordered by timestamp then id. */
    Either<Problem, Page<Record>> byModelVersion(TenantId tenant, String modelVersion, Instant from, Instant to,
                                                 PageRequest page);

    /** Records whose metadata maps {@code key} to {@code value}, ordered by id. */
    Either<Problem, Page<Record>> byMetadata(TenantId tenant, String key, String value, PageRequest page);

    /** Counts per model version per UTC day for {@code from <= timestamp < to}, ordered by day then model version. */
    Either<Problem, List<DailyCount>> countsPerDay(TenantId tenant, Instant from, Instant to);

    Either<Problem, Long> countOlderThan(TenantId tenant, Instant cutoff);

    /** Deletes at most {@code batchSize} records with timestamp before {@code cutoff}; returns how many. */
    Either<Problem, Integer> deleteOlderThan(TenantId tenant, Instant cutoff, int batchSize);
}
