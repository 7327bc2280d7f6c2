package dev.portside.application.records;

import dev.portside.application.records.RecordCommands.Cleanup;
import dev.portside.application.records.RecordCommands.CountPerDay;
import dev.portside.application.records.RecordCommands.ExtendRetention;
import dev.portside.application.records.RecordCommands.FindByMetadata;
import dev.portside.application.records.RecordCommands.FindByModelVersion;
import dev.portside.application.records.RecordCommands.PlaceLegalHold;
import dev.portside.application.records.RecordCommands.ReadRecord;
import dev.portside.application.records.RecordCommands.Reconcile;
import dev.portside.application.records.RecordCommands.ReleaseLegalHold;
import dev.portside.application.records.RecordCommands.WriteRecord;
import dev.portside.application.records.RecordResults.CleanupReport;
import dev.portside.application.records.RecordResults.ReconcileReport;
import dev.portside.application.records.RecordResults.RecordRead;
import dev.portside.application.records.RecordResults.Source;
import dev.portside.application.records.RecordResults.WriteReceipt;
import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.Violation;
import dev.portside.domain.records.ArchivedRecord;
import dev.portside.domain.records.DailyCount;
import dev.portside.domain.records.HotRecordStore;
import dev.portside.domain.records.KeyVault;
import dev.portside.domain.records.Record;
import dev.portside.domain.records.RecordArchive;
import dev.portside.domain.records.RecordId;
import dev.portside.domain.records.RecordRef;
import dev.portside.domain.records.Retention;
import dev.portside.domain.records.SealedRecord;
import io.vavr.control.Either;
import io.vavr.control.Option;
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
 * The records vault: writes encrypt, then archive (WORM, the source of truth), then the hot store;
 * reads try hot, then the archive; reconcile restores hot rows the archive has; cleanup trims the hot
 * store; legal holds and retention extensions go to the archive. A failed write names its step.
 */
public final class RecordVault {

    private static final int RECONCILE_PAGE = 500;

    private final RecordArchive archive;
    private final HotRecordStore hot;
    private final EnvelopeCipher cipher;
    private final RecordsPolicy policy;
    private final Clock clock;

    public RecordVault(RecordArchive archive, HotRecordStore hot, KeyVault keys, RecordsPolicy policy, Clock clock) {
        this.archive = archive;
        this.hot = hot;
        this.cipher = new EnvelopeCipher(keys, policy, clock);
        this.policy = policy;
        this.clock = clock;
    }

    public RecordsPolicy policy() {
        return policy;
    }

    public Either<Problem, WriteReceipt> write(WriteRecord command) {
        if (command == null) {
            return Either.left(Problem.Invalid.of("command", null, "is required"));
        }
        Instant until = clock.instant().plus(policy.wormRetention());
        return Record.of(command.tenant(), command.id(), command.sourceData(), command.mappedData(),
                command.modelVersion(), command.timestamp(), command.metadata(), until).flatMap(this::store);
    }

    private Either<Problem, WriteReceipt> store(Record record) {
        Either<Problem, Option<ArchivedRecord>> existing = step("archive", archive.get(record.tenant(), record.id()));
        if (existing.isLeft()) {
            return Either.left(existing.getLeft());
        }
        if (existing.get().isDefined()) {
            ArchivedRecord stored = existing.get().get();
            if (!stored.sealed().contentHash().equals(record.contentHash())) {
                return Either.left(hashConflict(record.id()));
            }
            Record kept = record.retainedUntil(stored.retention().retainUntil());
            return step("hot-store", hot.put(kept)).map(r -> new WriteReceipt(kept, true));
        }
        return step("key-vault", cipher.encrypt(record.tenant(), record.id(),
                        PayloadCodec.pack(record.sourceData(), record.mappedData())))
                .map(envelope -> new SealedRecord(record.tenant(), record.id(), record.modelVersion(),
                        record.timestamp(), record.metadata(), record.contentHash(), envelope))
                .flatMap(sealed -> step("archive", archive.put(sealed, record.retainUntil())))
                .flatMap(archived -> archived.sealed().contentHash().equals(record.contentHash())
                        ? Either.<Problem, ArchivedRecord>right(archived)
                        : Either.left(hashConflict(record.id())))
                .flatMap(archived -> step("hot-store", hot.put(record)))
                .map(stored -> new WriteReceipt(stored, false));
    }

    public Either<Problem, RecordRead> read(ReadRecord command) {
        Checks checks = Checks.start();
        TenantId tenant = checks.notNull("tenant", command.tenant());
        RecordId id = checks.take(RecordId.of(command.id()));
        return checks.build(() -> id).flatMap(rid -> {
            Either<Problem, Option<Record>> fromHot = hot.get(tenant, rid);
            if (fromHot.isRight() && fromHot.get().isDefined() && fromHot.get().get().intact()) {
                return Either.right(new RecordRead(fromHot.get().get(), Source.HOT, false));
            }
            return archive.get(tenant, rid).flatMap(found -> found.isEmpty()
                    ? Either.left(new Problem.NotFound("record", rid.value()))
                    : open(found.get())).map(record -> new RecordRead(record, Source.ARCHIVE,
                    command.rewarm() && hot.put(record).isRight()));
        });
    }

    /** Decrypts an archived record and checks its content hash. */
    private Either<Problem, Record> open(ArchivedRecord archived) {
        SealedRecord sealed = archived.sealed();
        return cipher.decrypt(sealed.tenant(), sealed.id(), sealed.envelope())
                .flatMap(PayloadCodec::unpack)
                .map(payload -> new Record(sealed.tenant(), sealed.id(), payload._1, payload._2, sealed.modelVersion(),
                        sealed.timestamp(), sealed.metadata(), sealed.contentHash(), archived.retention().retainUntil()))
                .filterOrElse(Record::intact, r -> new Problem.Rejected("content-hash",
                        "record " + r.id() + " does not match its content hash"));
    }

    public Either<Problem, ReconcileReport> reconcile(Reconcile command, Progress progress) {
        if (command == null || command.tenant() == null) {
            return Either.left(Problem.Invalid.of("tenant", null, "is required"));
        }
        TenantId tenant = command.tenant();
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
                Either<Problem, Record> record = archive.get(tenant, id)
                        .flatMap(found -> found.isEmpty()
                                ? Either.left(new Problem.NotFound("record", id.value()))
                                : open(found.get()));
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

    public Either<Problem, CleanupReport> cleanup(Cleanup command, Progress progress) {
        Checks checks = Checks.start();
        TenantId tenant = checks.notNull("tenant", command.tenant());
        Duration olderThan = command.olderThan() == null ? policy.hotRetention()
                : command.olderThan().getOrElse(policy.hotRetention());
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
        return target(command.tenant(), command.id()).flatMap(id -> archive.legalHold(command.tenant(), id, true));
    }

    public Either<Problem, Retention> releaseLegalHold(ReleaseLegalHold command) {
        return target(command.tenant(), command.id()).flatMap(id -> archive.legalHold(command.tenant(), id, false));
    }

    public Either<Problem, Retention> extendRetention(ExtendRetention command) {
        Checks checks = Checks.start();
        checks.notNull("tenant", command.tenant());
        RecordId id = checks.take(RecordId.of(command.id()));
        checks.notNull("until", command.until());
        return checks.build(() -> id).flatMap(rid -> archive.extendRetention(command.tenant(), rid,
                command.until().truncatedTo(ChronoUnit.SECONDS)));
    }

    public Either<Problem, Page<Record>> findByModelVersion(FindByModelVersion query) {
        Checks checks = Checks.start();
        checks.notNull("tenant", query.tenant());
        String model = checks.text("modelVersion", query.modelVersion(), 1, Record.MAX_MODEL_VERSION);
        window(checks, query.from(), query.to());
        PageRequest page = checks.take(PageRequest.of(query.limit(), query.after()));
        return checks.build(() -> page).flatMap(p -> hot.byModelVersion(query.tenant(), model, query.from(), query.to(), p));
    }

    public Either<Problem, Page<Record>> findByMetadata(FindByMetadata query) {
        Checks checks = Checks.start();
        checks.notNull("tenant", query.tenant());
        String key = checks.text("key", query.key(), 1, Record.MAX_METADATA_KEY);
        checks.notNull("value", query.value());
        PageRequest page = checks.take(PageRequest.of(query.limit(), query.after()));
        return checks.build(() -> page).flatMap(p -> hot.byMetadata(query.tenant(), key, query.value(), p));
    }

    public Either<Problem, List<DailyCount>> countPerDay(CountPerDay query) {
        Checks checks = Checks.start();
        checks.notNull("tenant", query.tenant());
        window(checks, query.from(), query.to());
        return checks.build(() -> query).flatMap(q -> hot.countsPerDay(q.tenant(), q.from(), q.to()));
    }

    private static void window(Checks checks, Instant from, Instant to) {
        checks.notNull("from", from);
        checks.notNull("to", to);
        if (from != null && to != null && !from.isBefore(to)) {
            checks.add(Violation.of("to", to, "must be after from " + from));
        }
    }

    private static Either<Problem, RecordId> target(TenantId tenant, String id) {
        Checks checks = Checks.start();
        checks.notNull("tenant", tenant);
        RecordId rid = checks.take(RecordId.of(id));
        return checks.build(() -> rid);
    }

    private static Problem hashConflict(RecordId id) {
        return new Problem.Conflict("record (different content hash)", id.value(), Revision.INITIAL, Revision.INITIAL);
    }

    /** Names the write step in an infrastructure failure, so the caller knows where it broke. */
    private static <T> Either<Problem, T> step(String step, Either<Problem, T> result) {
        return result.mapLeft(p -> p instanceof Problem.Unavailable u
                ? new Problem.Unavailable("records write step '" + step + "' (" + u.backend() + ")", u.retriable(), u.cause())
                : p);
    }
}
