package dev.portside.application.records;

import dev.portside.application.records.RecordCommands.CountRecordsPerDay;
import dev.portside.application.records.RecordCommands.FindRecordsByMetadata;
import dev.portside.application.records.RecordCommands.FindRecordsByModelVersion;
import dev.portside.application.records.RecordCommands.ReadRecord;
import dev.portside.application.records.RecordCommands.WriteRecord;
import dev.portside.application.records.RecordResults.RecordRead;
import dev.portside.application.records.RecordResults.Source;
import dev.portside.application.records.RecordResults.WriteReceipt;
import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.UseCaseObserver;
import dev.portside.domain.kernel.Violation;
import dev.portside.domain.records.ArchivedRecord;
import dev.portside.domain.records.DailyCount;
import dev.portside.domain.records.HotRecord;
import dev.portside.domain.records.HotRecordStore;
import dev.portside.domain.records.KeyVault;
import dev.portside.domain.records.Record;
import dev.portside.domain.records.RecordArchive;
import dev.portside.domain.records.RecordId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The records vault: writes encrypt, then archive (WORM, the source of truth), then the hot store (the same
 * envelope: the hot store holds the payload sealed too); reads try hot, then the archive; queries read the hot
 * store and decrypt each row. A failed write names its step. The
 * housekeeping of the two stores (reconcile, cleanup, key rotation, legal holds, retention) is {@link #maintenance()}.
 */
public final class RecordVault {

    private static final String CONTEXT = "records";

    private final RecordArchive archive;
    private final HotRecordStore hot;
    private final SealedArchive sealed;
    private final RecordsPolicy policy;
    private final Clock clock;
    private final RecordMaintenance maintenance;
    private final UseCaseObserver observer;

    public RecordVault(RecordArchive archive, HotRecordStore hot, KeyVault keys, RecordsPolicy policy, Clock clock) {
        this(archive, hot, keys, policy, clock, UseCaseObserver.NONE);
    }

    /** The same, with each use case run through {@code observer}. */
    public RecordVault(RecordArchive archive, HotRecordStore hot, KeyVault keys, RecordsPolicy policy, Clock clock,
                       UseCaseObserver observer) {
        this.archive = archive;
        this.hot = hot;
        this.sealed = new SealedArchive(archive, new EnvelopeCipher(keys, policy, clock));
        this.policy = policy;
        this.clock = clock;
        this.maintenance = new RecordMaintenance(archive, hot, sealed, keys, policy, clock, observer);
        this.observer = observer;
    }

    public RecordsPolicy policy() {
        return policy;
    }

    /** Reconcile, cleanup, legal holds and retention of the records this vault holds. */
    public RecordMaintenance maintenance() {
        return maintenance;
    }

    public Either<Problem, WriteReceipt> write(WriteRecord command) {
        return observer.observe(CONTEXT, "write", () -> writeUnobserved(command));
    }

    private Either<Problem, WriteReceipt> writeUnobserved(WriteRecord command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Instant until = clock.instant().plus(policy.wormRetention());
        return Record.of(command.tenant(), command.id(), command.sourceData(), command.mappedData(),
                command.modelVersion(), command.timestamp(), command.metadata(), until).flatMap(this::store);
    }

    /**
     * Seals the record and archives it; the archive answers what it holds afterwards. A record already archived
     * (a retried write, a racing twin) comes back under its stored envelope, told apart from this write by its
     * IV and ciphertext: it is answered as already stored, with its stored retention, and nothing is written
     * twice. A stored record of other content is a Conflict. The hot store then takes what the archive holds.
     */
    private Either<Problem, WriteReceipt> store(Record record) {
        return step("key-vault", sealed.seal(record))
                .flatMap(seal -> step("archive", archive.put(seal, record.retainUntil()))
                        .flatMap(archived -> archived.sealed().contentHash().equals(record.contentHash())
                                ? Either.<Problem, ArchivedRecord>right(archived)
                                : Either.left(hashConflict(record.id())))
                        .flatMap(archived -> {
                            boolean already = !archived.sealed().envelope().sameContentAs(seal.envelope());
                            Record kept = already ? record.retainedUntil(archived.retention().retainUntil()) : record;
                            return step("hot-store", hot.put(HotRecord.of(archived.sealed(), kept.retainUntil())))
                                    .map(stored -> new WriteReceipt(kept, already));
                        }));
    }

    public Either<Problem, RecordRead> read(ReadRecord command) {
        return observer.observe(CONTEXT, "read", () -> readUnobserved(command));
    }

    private Either<Problem, RecordRead> readUnobserved(ReadRecord command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        RecordId id = checks.take(RecordId.of(command.id()));
        return checks.build(() -> id).flatMap(rid -> {
            Either<Problem, Record> fromHot = hot.get(tenant, rid).flatMap(row -> row.isEmpty()
                    ? Either.left(new Problem.NotFound("record", rid.value())) : sealed.open(row.get()));
            if (fromHot.isRight()) {
                return Either.right(new RecordRead(fromHot.get(), Source.HOT, false));
            }
            return archive.get(tenant, rid).flatMap(found -> found.isEmpty()
                    ? Either.left(new Problem.NotFound("record", rid.value()))
                    : sealed.open(found.get()).map(record -> new RecordRead(record, Source.ARCHIVE, command.rewarm()
                            && hot.put(HotRecord.of(found.get().sealed(), record.retainUntil())).isRight())));
        });
    }

    public Either<Problem, Page<Record>> findByModelVersion(FindRecordsByModelVersion query) {
        return observer.observe(CONTEXT, "findByModelVersion", () -> findByModelVersionUnobserved(query));
    }

    private Either<Problem, Page<Record>> findByModelVersionUnobserved(FindRecordsByModelVersion query) {
        if (query == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(query.tenant());
        PageRequest page = checks.page(query.limit(), query.after());
        String model = checks.text("modelVersion", query.modelVersion(), 1, Record.MAX_MODEL_VERSION);
        window(checks, query.from(), query.to());
        return checks.build(() -> page).flatMap(p -> hot.byModelVersion(tenant, model, query.from(), query.to(), p))
                .flatMap(sealed::open);
    }

    public Either<Problem, Page<Record>> findByMetadata(FindRecordsByMetadata query) {
        return observer.observe(CONTEXT, "findByMetadata", () -> findByMetadataUnobserved(query));
    }

    private Either<Problem, Page<Record>> findByMetadataUnobserved(FindRecordsByMetadata query) {
        if (query == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(query.tenant());
        PageRequest page = checks.page(query.limit(), query.after());
        String key = checks.text("key", query.key(), 1, Record.MAX_METADATA_KEY);
        String value = checks.storableText("value", query.value());
        return checks.build(() -> page).flatMap(p -> hot.byMetadata(tenant, key, value, p)).flatMap(sealed::open);
    }

    public Either<Problem, List<DailyCount>> countPerDay(CountRecordsPerDay query) {
        return observer.observe(CONTEXT, "countPerDay", () -> countPerDayUnobserved(query));
    }

    private Either<Problem, List<DailyCount>> countPerDayUnobserved(CountRecordsPerDay query) {
        if (query == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(query.tenant());
        window(checks, query.from(), query.to());
        return checks.build(() -> query).flatMap(q -> hot.countsPerDay(tenant, q.from(), q.to()));
    }

    /** {@code [from, to)}, not empty. */
    private static void window(Checks checks, Instant from, Instant to) {
        Instant start = checks.instant("from", from);
        Instant end = checks.instant("to", to);
        if (start != null && end != null && !start.isBefore(end)) {
            checks.add(Violation.of("to", to, "must be after from " + from));
        }
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
