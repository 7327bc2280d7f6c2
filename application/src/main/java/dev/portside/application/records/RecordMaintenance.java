package dev.portside.application.records;

import dev.portside.application.records.RecordCommands.CleanUpHotStore;
import dev.portside.application.records.RecordCommands.ExtendRetention;
import dev.portside.application.records.RecordCommands.PlaceLegalHold;
import dev.portside.application.records.RecordCommands.ReconcileHotStore;
import dev.portside.application.records.RecordCommands.ReleaseLegalHold;
import dev.portside.application.records.RecordResults.CleanupReport;
import dev.portside.application.records.RecordResults.ReconcileReport;
import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.HotRecordStore;
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

/**
 * The housekeeping of the records vault (reached through {@link RecordVault#maintenance()}): reconcile
 * restores hot rows the archive has, cleanup trims the hot store in batches, legal holds and retention
 * extensions go to the archive. Long jobs report to a {@link WorkProgress}.
 */
public final class RecordMaintenance {

    private static final int RECONCILE_PAGE = 500;

    private final RecordArchive archive;
    private final HotRecordStore hot;
    private final SealedArchive sealed;
    private final RecordsPolicy policy;
    private final Clock clock;

    RecordMaintenance(RecordArchive archive, HotRecordStore hot, SealedArchive sealed, RecordsPolicy policy,
                      Clock clock) {
        this.archive = archive;
        this.hot = hot;
        this.sealed = sealed;
        this.policy = policy;
        this.clock = clock;
    }

    /** Restores, day by day over the hot window, the archived records the hot store lacks. */
    public Either<Problem, ReconcileReport> reconcile(ReconcileHotStore command, WorkProgress progress) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        if (!checks.ok()) {
            return checks.build(() -> null);
        }
        Instant now = clock.instant();
        Instant from = now.minus(policy.hotRetention());
        LocalDate first = LocalDate.ofInstant(from, ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(now, ZoneOffset.UTC);
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        long scanned = 0;
        long restored = 0;
        long day = 0;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            PageRequest page = PageRequest.first(RECONCILE_PAGE);
            while (true) {
                Either<Problem, Page<RecordRef>> refs = archive.list(tenant, d, page);
                if (refs.isLeft()) {
                    return Either.left(refs.getLeft());
                }
                List<RecordId> listed = refs.get().items().stream().map(RecordRef::id).toList();
                Either<Problem, Long> done = restoreMissing(tenant, listed, from, now);
                if (done.isLeft()) {
                    return Either.left(done.getLeft());
                }
                scanned += listed.size();
                restored += done.get();
                if (refs.get().next().isEmpty()) {
                    break;
                }
                page = page.after(refs.get().next().get());
            }
            progress.advanced(++day, days);
        }
        return Either.right(new ReconcileReport(scanned, restored));
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
        List<Record> missing = new ArrayList<>();
        for (RecordId id : ids) {
            if (!present.get().contains(id)) {
                Either<Problem, Record> record = sealed.open(tenant, id);
                if (record.isLeft()) {
                    return Either.left(record.getLeft());
                }
                Instant at = record.get().timestamp();
                if (!at.isBefore(from) && !at.isAfter(to)) {
                    missing.add(record.get());
                }
            }
        }
        return missing.isEmpty() ? Either.right(0L) : hot.putAll(tenant, missing).map(Integer::longValue);
    }

    /** Deletes hot rows older than the cut-off in batches (the archive keeps them); a dry run only counts. */
    public Either<Problem, CleanupReport> cleanup(CleanUpHotStore command, WorkProgress progress) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        Duration olderThan = command.olderThan() == null ? policy.hotRetention() : command.olderThan();
        checks.require(!olderThan.isNegative() && !olderThan.isZero(), "olderThan", olderThan, "must be positive");
        return checks.build(() -> clock.instant().minus(olderThan)).flatMap(cutoff -> {
            Either<Problem, Long> total = hot.countOlderThan(tenant, cutoff);
            if (total.isLeft() || command.dryRun()) {
                return total.map(count -> new CleanupReport(cutoff, count, true));
            }
            long deleted = 0;
            progress.advanced(0, total.get());
            while (true) {
                Either<Problem, Integer> batch = hot.deleteOlderThan(tenant, cutoff, policy.cleanupBatchSize());
                if (batch.isLeft()) {
                    return Either.left(batch.getLeft());
                }
                deleted += batch.get();
                progress.advanced(Math.min(deleted, total.get()), Math.max(deleted, total.get()));
                if (batch.get() < policy.cleanupBatchSize()) {
                    return Either.right(new CleanupReport(cutoff, deleted, false));
                }
            }
        });
    }

    public Either<Problem, Retention> placeLegalHold(PlaceLegalHold command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        return legalHold(command.tenant(), command.id(), true);
    }

    public Either<Problem, Retention> releaseLegalHold(ReleaseLegalHold command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        return legalHold(command.tenant(), command.id(), false);
    }

    /** Keeps a record in the archive until {@code until} (to the second); retention only ever grows. */
    public Either<Problem, Retention> extendRetention(ExtendRetention command) {
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
