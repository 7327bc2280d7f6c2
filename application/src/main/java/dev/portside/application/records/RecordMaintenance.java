package dev.portside.application.records;

import dev.portside.application.records.RecordCommands.CleanUpHotStore;
import dev.portside.application.records.RecordCommands.ExtendRetention;
import dev.portside.application.records.RecordCommands.PlaceLegalHold;
import dev.portside.application.records.RecordCommands.ReconcileHotStore;
import dev.portside.application.records.RecordCommands.ReleaseLegalHold;
import dev.portside.application.records.RecordCommands.RewrapDataKeys;
import dev.portside.application.records.RecordCommands.SealHotRows;
import dev.portside.application.records.RecordResults.CleanupReport;
import dev.portside.application.records.RecordResults.ReconcileReport;
import dev.portside.application.records.RecordResults.RewrapReport;
import dev.portside.application.records.RecordResults.SealHotReport;
import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.ArchivedRecord;
import dev.portside.domain.kernel.UseCaseObserver;
import dev.portside.domain.records.EncryptionContext;
import dev.portside.domain.records.Envelope;
import dev.portside.domain.records.HotRecord;
import dev.portside.domain.records.HotRecordStore;
import dev.portside.domain.records.KeyVault;
import dev.portside.domain.records.Record;
import dev.portside.domain.records.RecordArchive;
import dev.portside.domain.records.RecordId;
import dev.portside.domain.records.RecordRef;
import dev.portside.domain.records.Retention;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The housekeeping of the records vault (reached through {@link RecordVault#maintenance()}): reconcile
 * restores hot rows the archive has, cleanup trims the hot store in batches, rewrap moves archived and hot data
 * keys to the current master key, seal-hot encrypts hot rows written in clear before hot rows were sealed, legal holds and retention extensions go to the archive. Long jobs report to a {@link WorkProgress}.
 */
public final class RecordMaintenance {

    private static final String CONTEXT = "records";

    private static final int ARCHIVE_PAGE = 500;
    private static final int MAX_ARCHIVE_PAGE = 1000;
    private static final int MAX_CLEANUP_BATCH = 100_000;
    private static final int MAX_FAILURES_NAMED = 20;
    /** Later than any valid record timestamp: "older than" it counts every hot row. */
    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T23:59:59Z");

    private final RecordArchive archive;
    private final HotRecordStore hot;
    private final SealedArchive sealed;
    private final KeyVault keys;
    private final RecordsPolicy policy;
    private final Clock clock;
    private final UseCaseObserver observer;

    RecordMaintenance(RecordArchive archive, HotRecordStore hot, SealedArchive sealed, KeyVault keys,
                      RecordsPolicy policy, Clock clock,
                      UseCaseObserver observer) {
        this.archive = archive;
        this.hot = hot;
        this.sealed = sealed;
        this.keys = keys;
        this.policy = policy;
        this.clock = clock;
        this.observer = observer;
    }

    /** Restores, day by day over the hot window, the archived records the hot store lacks. */
    public Either<Problem, ReconcileReport> reconcile(ReconcileHotStore command, WorkProgress progress) {
        return observer.observe(CONTEXT, "reconcile", () -> reconcileUnobserved(command, progress));
    }

    private Either<Problem, ReconcileReport> reconcileUnobserved(ReconcileHotStore command, WorkProgress progress) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        int pageSize = batchSize(checks, command.batchSize(), ARCHIVE_PAGE, MAX_ARCHIVE_PAGE);
        if (!checks.ok()) {
            return checks.build(() -> null);
        }
        Instant now = clock.instant();
        Instant from = now.minus(policy.hotRetention());
        LocalDate first = LocalDate.ofInstant(from, ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(now, ZoneOffset.UTC);
        long[] restored = {0};
        Either<Problem, Long> scanned = eachArchivedPage(tenant, first, last, pageSize, progress, listed ->
                restoreMissing(tenant, listed, from, now).peek(n -> restored[0] += n));
        return scanned.map(n -> new ReconcileReport(n, restored[0]));
    }

    /** Restores the listed ids the hot store lacks whose timestamp lies in {@code [from, to]}. */
    private Either<Problem, Long> restoreMissing(TenantId tenant, List<RecordId> ids, Instant from, Instant to) {
        if (ids.isEmpty()) {
            return Either.right(0L);
        }
        Either<Problem, Set<RecordId>> present = hot.present(tenant, ids);
        if (present.isLeft()) {
            return Either.left(present.getLeft());
        }
        List<HotRecord> missing = new ArrayList<>();
        for (RecordId id : ids) {
            if (!present.get().contains(id)) {
                Either<Problem, ArchivedRecord> archived = archive.get(tenant, id).flatMap(found -> found.isEmpty()
                        ? Either.left(new Problem.NotFound("record", id.value())) : Either.right(found.get()));
                Either<Problem, Record> record = archived.flatMap(sealed::open);
                if (record.isLeft()) {
                    return Either.left(record.getLeft());
                }
                Instant at = record.get().timestamp();
                if (!at.isBefore(from) && !at.isAfter(to)) {
                    missing.add(HotRecord.of(archived.get().sealed(), record.get().retainUntil()));
                }
            }
        }
        return missing.isEmpty() ? Either.right(0L) : hot.putAll(tenant, missing).map(Integer::longValue);
    }

    /**
     * Re-wraps, day by day over the WORM window, every archived data key not yet under the current master
     * key, then the data key of every sealed hot row not yet under it. Resumable: a record already under it is
     * skipped, so a re-run after an interruption does what is left. A record that fails is counted and named (up
     * to {@value #MAX_FAILURES_NAMED}); the run goes on.
     */
    public Either<Problem, RewrapReport> rewrap(RewrapDataKeys command, WorkProgress progress) {
        return observer.observe(CONTEXT, "rewrap", () -> rewrapUnobserved(command, progress));
    }

    private Either<Problem, RewrapReport> rewrapUnobserved(RewrapDataKeys command, WorkProgress progress) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        if (!checks.ok()) {
            return checks.build(() -> null);
        }
        Either<Problem, String> current = keys.wrappingKeyId();
        if (current.isLeft()) {
            return Either.left(current.getLeft());
        }
        Instant now = clock.instant();
        LocalDate first = LocalDate.ofInstant(now.minus(policy.wormRetention()), ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(now, ZoneOffset.UTC);
        long[] counts = new long[3];
        List<String> failures = new ArrayList<>();
        Either<Problem, Long> scanned = eachArchivedPage(tenant, first, last, ARCHIVE_PAGE, progress, listed -> {
            for (RecordId id : listed) {
                Either<Problem, Boolean> done = rewrapOne(tenant, id, current.get());
                if (done.isLeft() && failures.size() < MAX_FAILURES_NAMED) {
                    failures.add(id.value() + ": " + done.getLeft().message());
                }
                counts[done.isLeft() ? 2 : done.get() ? 0 : 1]++;
            }
            return Either.right(listed.size());
        });
        if (scanned.isLeft()) {
            return Either.left(scanned.getLeft());
        }
        long[] hotCounts = new long[2];
        Either<Problem, Long> hotScanned = eachHotPage(tenant, WorkProgress.NONE, rows -> {
            List<HotRecord> rewrapped = new ArrayList<>();
            for (HotRecord row : rows) {
                if (row.envelope().isEmpty()) {
                    continue;
                }
                Envelope envelope = row.envelope().get();
                if (envelope.keyId().equals(current.get())) {
                    continue;
                }
                Either<Problem, Envelope> done = keys.rewrap(envelope, context(tenant, row.id(), envelope));
                if (done.isLeft()) {
                    counts[2]++;
                    if (failures.size() < MAX_FAILURES_NAMED) {
                        failures.add("hot " + row.id().value() + ": " + done.getLeft().message());
                    }
                } else {
                    rewrapped.add(row.withEnvelope(done.get()));
                }
            }
            return rewrapped.isEmpty() ? Either.right(0) : hot.seal(tenant, rewrapped).peek(n -> hotCounts[1] += n);
        });
        return hotScanned.map(h -> new RewrapReport(current.get(), scanned.get(), counts[0], counts[1], counts[2],
                failures, h, hotCounts[1]));
    }

    /**
     * Seals every hot row still in clear (written before hot rows were sealed): encrypts its payload under the
     * current key and replaces the clear payload in place. Resumable and safe to re-run: sealed rows are skipped. A
     * row that fails (e.g. it does not match its content hash) is counted and named; the run goes on.
     */
    public Either<Problem, SealHotReport> sealHot(SealHotRows command, WorkProgress progress) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        if (!checks.ok()) {
            return checks.build(() -> null);
        }
        long[] counts = new long[3];
        List<String> failures = new ArrayList<>();
        Either<Problem, Long> scanned = eachHotPage(tenant, progress, rows -> {
            List<HotRecord> fresh = new ArrayList<>();
            for (HotRecord row : rows) {
                if (row.isSealed()) {
                    counts[1]++;
                    continue;
                }
                Either<Problem, HotRecord> done = sealed.open(row).flatMap(sealed::sealHot);
                if (done.isLeft()) {
                    counts[2]++;
                    if (failures.size() < MAX_FAILURES_NAMED) {
                        failures.add(row.id().value() + ": " + done.getLeft().message());
                    }
                } else {
                    fresh.add(done.get());
                }
            }
            return fresh.isEmpty() ? Either.right(0) : hot.seal(tenant, fresh).peek(n -> counts[0] += n);
        });
        return scanned.map(n -> new SealHotReport(n, counts[0], counts[1], counts[2], failures));
    }

    /** Hands every page of the tenant's hot rows (by id) to {@code work}, reporting rows done of the rows stored. */
    private Either<Problem, Long> eachHotPage(TenantId tenant, WorkProgress progress,
                                              Function<List<HotRecord>, Either<Problem, ?>> work) {
        Either<Problem, Long> total = hot.countOlderThan(tenant, END_OF_TIME);
        if (total.isLeft()) {
            return Either.left(total.getLeft());
        }
        long scanned = 0;
        String after = "";
        while (true) {
            Either<Problem, List<HotRecord>> rows = hot.scan(tenant, after, ARCHIVE_PAGE);
            if (rows.isLeft()) {
                return Either.left(rows.getLeft());
            }
            Either<Problem, ?> done = rows.get().isEmpty() ? Either.right(0) : work.apply(rows.get());
            if (done.isLeft()) {
                return Either.left(done.getLeft());
            }
            scanned += rows.get().size();
            progress.advanced(Math.min(scanned, total.get()), Math.max(scanned, total.get()));
            if (rows.get().size() < ARCHIVE_PAGE) {
                return Either.right(scanned);
            }
            after = rows.get().get(rows.get().size() - 1).id().value();
        }
    }

    private static EncryptionContext context(TenantId tenant, RecordId id, Envelope envelope) {
        return envelope.recordBound() ? EncryptionContext.of(tenant, id) : EncryptionContext.tenantWide(tenant);
    }

    /**
     * Hands every page of archived ids of the days {@code [first, last]} to {@code work}, reporting a day at a
     * time; Right(the ids listed), or the first problem of the listing or of {@code work}.
     */
    private Either<Problem, Long> eachArchivedPage(TenantId tenant, LocalDate first, LocalDate last, int pageSize,
                                                   WorkProgress progress,
                                                   Function<List<RecordId>, Either<Problem, ?>> work) {
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        long scanned = 0;
        long day = 0;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            PageRequest page = PageRequest.first(pageSize);
            while (true) {
                Either<Problem, Page<RecordRef>> refs = archive.list(tenant, d, page);
                if (refs.isLeft()) {
                    return Either.left(refs.getLeft());
                }
                List<RecordId> listed = refs.get().items().stream().map(RecordRef::id).toList();
                Either<Problem, ?> done = work.apply(listed);
                if (done.isLeft()) {
                    return Either.left(done.getLeft());
                }
                scanned += listed.size();
                if (refs.get().next().isEmpty()) {
                    break;
                }
                page = page.after(refs.get().next().get());
            }
            progress.advanced(++day, days);
        }
        return Either.right(scanned);
    }

    /** Right(true) when re-wrapped now, Right(false) when it already was under {@code currentKey}. */
    private Either<Problem, Boolean> rewrapOne(TenantId tenant, RecordId id, String currentKey) {
        return archive.get(tenant, id).flatMap(found -> {
            if (found.isEmpty()) {
                return Either.left(new Problem.NotFound("record", id.value()));
            }
            Envelope envelope = found.get().sealed().envelope();
            if (envelope.keyId().equals(currentKey)) {
                return Either.right(false);
            }
            return keys.rewrap(envelope, context(tenant, id, envelope)).flatMap(rewrapped -> archive.rewrap(tenant, id, rewrapped))
                    .map(stored -> true);
        });
    }

    /** Deletes hot rows older than the cut-off in batches (the archive keeps them); a dry run only counts. */
    public Either<Problem, CleanupReport> cleanup(CleanUpHotStore command, WorkProgress progress) {
        return observer.observe(CONTEXT, "cleanup", () -> cleanupUnobserved(command, progress));
    }

    private Either<Problem, CleanupReport> cleanupUnobserved(CleanUpHotStore command, WorkProgress progress) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        Duration olderThan = command.olderThan() == null ? policy.hotRetention() : command.olderThan();
        checks.require(!olderThan.isNegative() && !olderThan.isZero(), "olderThan", olderThan, "must be positive");
        int batchSize = batchSize(checks, command.batchSize(), policy.cleanupBatchSize(), MAX_CLEANUP_BATCH);
        return checks.build(() -> clock.instant().minus(olderThan)).flatMap(cutoff -> {
            Either<Problem, Long> total = hot.countOlderThan(tenant, cutoff);
            if (total.isLeft() || command.dryRun()) {
                return total.map(count -> new CleanupReport(cutoff, count, true));
            }
            long deleted = 0;
            progress.advanced(0, total.get());
            while (true) {
                Either<Problem, Integer> batch = hot.deleteOlderThan(tenant, cutoff, batchSize);
                if (batch.isLeft()) {
                    return Either.left(batch.getLeft());
                }
                deleted += batch.get();
                progress.advanced(Math.min(deleted, total.get()), Math.max(deleted, total.get()));
                if (batch.get() < batchSize) {
                    return Either.right(new CleanupReport(cutoff, deleted, false));
                }
            }
        });
    }

    /** {@code requested} when set and within {@code 1..max} (else a violation of {@code batchSize}), or the default. */
    private static int batchSize(Checks checks, Integer requested, int byDefault, int max) {
        if (requested == null) {
            return byDefault;
        }
        checks.require(requested >= 1 && requested <= max, "batchSize", requested, "must be between 1 and " + max);
        return requested;
    }

    public Either<Problem, Retention> placeLegalHold(PlaceLegalHold command) {
        return observer.observe(CONTEXT, "placeLegalHold", () -> placeLegalHoldUnobserved(command));
    }

    private Either<Problem, Retention> placeLegalHoldUnobserved(PlaceLegalHold command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        return legalHold(command.tenant(), command.id(), true);
    }

    public Either<Problem, Retention> releaseLegalHold(ReleaseLegalHold command) {
        return observer.observe(CONTEXT, "releaseLegalHold", () -> releaseLegalHoldUnobserved(command));
    }

    private Either<Problem, Retention> releaseLegalHoldUnobserved(ReleaseLegalHold command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        return legalHold(command.tenant(), command.id(), false);
    }

    /** Keeps a record in the archive until {@code until} (to the second); retention only ever grows. */
    public Either<Problem, Retention> extendRetention(ExtendRetention command) {
        return observer.observe(CONTEXT, "extendRetention", () -> extendRetentionUnobserved(command));
    }

    private Either<Problem, Retention> extendRetentionUnobserved(ExtendRetention command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        RecordId id = checks.take(RecordId.of(command.id()));
        Instant until = checks.instant("until", command.until());
        return checks.build(() -> id).flatMap(rid -> archive.extendRetention(tenant, rid,
                until.truncatedTo(ChronoUnit.SECONDS)));
    }

    private Either<Problem, Retention> legalHold(String rawTenant, String rawId, boolean held) {
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(rawTenant);
        RecordId id = checks.take(RecordId.of(rawId));
        return checks.build(() -> id).flatMap(rid -> archive.legalHold(tenant, rid, held));
    }
}
