package dev.portside.adapters.inmemory.records;

import dev.portside.adapters.inmemory.support.Pager;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.DailyCount;
import dev.portside.domain.records.HotRecordStore;
import dev.portside.domain.records.HotRecord;
import dev.portside.domain.records.RecordId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The reference hot store: immutable sealed rows per tenant under one lock (the payload stays an envelope). Model-version pages are
 * ordered by (timestamp, id), metadata pages by id, both resumed by signed cursors; bulk puts are
 * all-or-nothing; cleanup deletes the oldest rows first.
 */
public final class InMemoryHotRecordStore implements HotRecordStore {

    private static final Comparator<HotRecord> BY_TIME = Comparator.comparing(HotRecord::timestamp)
            .thenComparing(r -> r.id().value());

    private final Pager pager;
    private final Map<TenantId, TreeMap<String, HotRecord>> tenants = new HashMap<>();

    public InMemoryHotRecordStore(CursorCodec cursors) {
        this.pager = new Pager(cursors);
    }

    @Override
    public synchronized Either<Problem, HotRecord> put(HotRecord record) {
        if (!record.isSealed()) {
            return Either.left(HotRecordStore.clearRefused(record.id()));
        }
        HotRecord existing = rows(record.tenant()).get(record.id().value());
        if (existing != null) {
            return existing.contentHash().equals(record.contentHash())
                    ? Either.right(existing) : Either.left(conflict(record.id()));
        }
        rows(record.tenant()).put(record.id().value(), record);
        return Either.right(record);
    }

    @Override
    public synchronized Either<Problem, Integer> putAll(TenantId tenant, List<HotRecord> records) {
        Map<String, HotRecord> fresh = new java.util.LinkedHashMap<>();
        for (HotRecord record : records) {
            if (!record.isSealed()) {
                return Either.left(HotRecordStore.clearRefused(record.id()));
            }
            HotRecord existing = rows(tenant).getOrDefault(record.id().value(), fresh.get(record.id().value()));
            if (existing != null && !existing.contentHash().equals(record.contentHash())) {
                return Either.left(conflict(record.id()));
            }
            if (existing == null) {
                fresh.put(record.id().value(), record);
            }
        }
        rows(tenant).putAll(fresh);
        return Either.right(fresh.size());
    }

    @Override
    public synchronized Either<Problem, Option<HotRecord>> get(TenantId tenant, RecordId id) {
        return Either.right(Option.of(rows(tenant).get(id.value())));
    }

    @Override
    public synchronized Either<Problem, Set<RecordId>> present(TenantId tenant, Collection<RecordId> ids) {
        return Either.right(ids.stream().filter(id -> rows(tenant).containsKey(id.value())).collect(Collectors.toSet()));
    }

    @Override
    public synchronized Either<Problem, Page<HotRecord>> byModelVersion(TenantId tenant, String modelVersion, Instant from,
                                                                    Instant to, PageRequest page) {
        List<HotRecord> matching = rows(tenant).values().stream().filter(r -> r.modelVersion().equals(modelVersion)
                && !r.timestamp().isBefore(from) && r.timestamp().isBefore(to)).toList();
        return pager.page(tenant, "records.hot.model|" + modelVersion + "|" + from + "|" + to, matching,
                InMemoryHotRecordStore::timeKey, Pager.Order.ASCENDING, page);
    }

    @Override
    public synchronized Either<Problem, Page<HotRecord>> byMetadata(TenantId tenant, String key, String value,
                                                                PageRequest page) {
        List<HotRecord> matching = rows(tenant).values().stream().filter(r -> value.equals(r.metadata().get(key))).toList();
        return pager.page(tenant, "records.hot.meta|" + key + "=" + value, matching, r -> r.id().value(),
                Pager.Order.ASCENDING, page);
    }

    /** (timestamp, id) as text in the same order: seconds offset to sort as unsigned hex, then nanos, then id. */
    private static String timeKey(HotRecord record) {
        return String.format("%016x%09d|%s", record.timestamp().getEpochSecond() ^ Long.MIN_VALUE,
                record.timestamp().getNano(), record.id().value());
    }

    @Override
    public synchronized Either<Problem, List<DailyCount>> countsPerDay(TenantId tenant, Instant from, Instant to) {
        Map<List<String>, Long> counts = rows(tenant).values().stream()
                .filter(r -> !r.timestamp().isBefore(from) && r.timestamp().isBefore(to))
                .collect(Collectors.groupingBy(r -> List.of(LocalDate.ofInstant(r.timestamp(), ZoneOffset.UTC).toString(),
                        r.modelVersion()), Collectors.counting()));
        return Either.right(counts.entrySet().stream()
                .map(e -> new DailyCount(e.getKey().get(1), LocalDate.parse(e.getKey().get(0)), e.getValue()))
                .sorted(Comparator.comparing(DailyCount::day).thenComparing(DailyCount::modelVersion))
                .toList());
    }

    @Override
    public synchronized Either<Problem, Long> countOlderThan(TenantId tenant, Instant cutoff) {
        return Either.right(rows(tenant).values().stream().filter(r -> r.timestamp().isBefore(cutoff)).count());
    }

    @Override
    public synchronized Either<Problem, Integer> deleteOlderThan(TenantId tenant, Instant cutoff, int batchSize) {
        List<String> doomed = rows(tenant).values().stream().filter(r -> r.timestamp().isBefore(cutoff))
                .sorted(BY_TIME).limit(batchSize).map(r -> r.id().value()).toList();
        doomed.forEach(rows(tenant)::remove);
        return Either.right(doomed.size());
    }

    @Override
    public synchronized Either<Problem, List<HotRecord>> scan(TenantId tenant, String afterId, int limit) {
        return Either.right(rows(tenant).tailMap(afterId, false).values().stream().limit(limit).toList());
    }

    @Override
    public synchronized Either<Problem, Integer> seal(TenantId tenant, List<HotRecord> sealed) {
        Option<Problem> refused = HotRecordStore.unsealable(tenant, sealed);
        if (refused.isDefined()) {
            return Either.left(refused.get());
        }
        int changed = 0;
        for (HotRecord row : sealed) {
            HotRecord stored = rows(tenant).get(row.id().value());
            if (row.isSealed() && stored != null && stored.contentHash().equals(row.contentHash())
                    && !stored.payload().equals(row.payload())) {
                rows(tenant).put(row.id().value(), stored.withEnvelope(row.envelope().get()));
                changed++;
            }
        }
        return Either.right(changed);
    }

    /**
     * Stores a row as written before hot rows were sealed, the payload in clear: only to test the migration by
     * {@code records seal-hot} (the SQL stores get such rows by a plain insert).
     */
    public synchronized void putLegacy(HotRecord row) {
        rows(row.tenant()).putIfAbsent(row.id().value(), row);
    }

    private static Problem conflict(RecordId id) {
        return new Problem.Conflict("record (different content hash)", id.value(), Revision.INITIAL, Revision.INITIAL);
    }

    private TreeMap<String, HotRecord> rows(TenantId tenant) {
        return tenants.computeIfAbsent(tenant, t -> new TreeMap<>());
    }
}
