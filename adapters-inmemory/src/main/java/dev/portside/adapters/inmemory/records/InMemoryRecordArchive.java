package dev.portside.adapters.inmemory.records;

import dev.portside.adapters.inmemory.support.Pager;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.ArchivedRecord;
import dev.portside.domain.records.Envelope;
import dev.portside.domain.records.RecordArchive;
import dev.portside.domain.records.RecordId;
import dev.portside.domain.records.RecordRef;
import dev.portside.domain.records.Retention;
import dev.portside.domain.records.SealedRecord;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reference archive: immutable sealed records per tenant under one lock, with the same WORM
 * rules as S3 Object Lock in COMPLIANCE mode (no delete before retain-until or under legal hold,
 * retention only extended) judged against the injected clock.
 */
public final class InMemoryRecordArchive implements RecordArchive {

    private final Clock clock;
    private final Pager pager;
    private final Map<TenantId, TreeMap<String, ArchivedRecord>> tenants = new HashMap<>();

    public InMemoryRecordArchive(Clock clock, CursorCodec cursors) {
        this.clock = clock;
        this.pager = new Pager(cursors);
    }

    @Override
    public synchronized Either<Problem, ArchivedRecord> put(SealedRecord record, Instant retainUntil) {
        ArchivedRecord existing = records(record.tenant()).get(record.id().value());
        if (existing != null) {
            return existing.sealed().contentHash().equals(record.contentHash())
                    ? Either.right(existing)
                    : Either.left(new Problem.Conflict("record (different content hash)", record.id().value(),
                            Revision.INITIAL, Revision.INITIAL));
        }
        if (!retainUntil.isAfter(clock.instant())) {
            return Either.left(Problem.Invalid.of("retainUntil", retainUntil, "must be in the future"));
        }
        ArchivedRecord archived = new ArchivedRecord(record, new Retention(retainUntil, false));
        records(record.tenant()).put(record.id().value(), archived);
        return Either.right(archived);
    }

    @Override
    public synchronized Either<Problem, Option<ArchivedRecord>> get(TenantId tenant, RecordId id) {
        return Either.right(Option.of(records(tenant).get(id.value())));
    }

    @Override
    public synchronized Either<Problem, Page<RecordRef>> list(TenantId tenant, LocalDate day, PageRequest page) {
        List<RecordRef> matching = records(tenant).values().stream()
                .filter(a -> LocalDate.ofInstant(a.sealed().timestamp(), ZoneOffset.UTC).equals(day))
                .map(a -> new RecordRef(a.id(), day))
                .toList();
        return pager.page(tenant, "records.archive.list|" + day, matching, ref -> ref.id().value(),
                Pager.Order.ASCENDING, page);
    }

    @Override
    public synchronized Either<Problem, Retention> extendRetention(TenantId tenant, RecordId id, Instant until) {
        return change(tenant, id, current -> current.canExtendTo(until)
                ? Either.right(current.extendedTo(until))
                : Either.left(new Problem.Rejected("worm-retention",
                        "retention of record " + id + " can only be extended, not shortened to " + until)));
    }

    @Override
    public synchronized Either<Problem, Retention> legalHold(TenantId tenant, RecordId id, boolean hold) {
        return change(tenant, id, current -> Either.right(current.withLegalHold(hold)));
    }

    @Override
    public synchronized Either<Problem, ArchivedRecord> rewrap(TenantId tenant, RecordId id, Envelope rewrapped) {
        ArchivedRecord existing = records(tenant).get(id.value());
        if (existing == null) {
            return Either.left(new Problem.NotFound("record", id.value()));
        }
        SealedRecord sealed = existing.sealed();
        if (!sealed.envelope().sameContentAs(rewrapped)) {
            return Either.left(RecordArchive.notARewrap(id));
        }
        ArchivedRecord changed = new ArchivedRecord(sealed.withEnvelope(rewrapped), existing.retention());
        records(tenant).put(id.value(), changed);
        return Either.right(changed);
    }

    @Override
    public synchronized Either<Problem, RecordId> delete(TenantId tenant, RecordId id) {
        ArchivedRecord existing = records(tenant).get(id.value());
        if (existing == null) {
            return Either.left(new Problem.NotFound("record", id.value()));
        }
        if (!existing.retention().allowsDeletionAt(clock.instant())) {
            return Either.left(new Problem.Rejected("worm-retention", "record " + id
                    + " is locked until " + existing.retention().retainUntil()
                    + (existing.retention().legalHold() ? " and under legal hold" : "")));
        }
        records(tenant).remove(id.value());
        return Either.right(id);
    }

    private Either<Problem, Retention> change(TenantId tenant, RecordId id,
                                              java.util.function.Function<Retention, Either<Problem, Retention>> rule) {
        ArchivedRecord existing = records(tenant).get(id.value());
        if (existing == null) {
            return Either.left(new Problem.NotFound("record", id.value()));
        }
        return rule.apply(existing.retention()).peek(changed ->
                records(tenant).put(id.value(), new ArchivedRecord(existing.sealed(), changed)));
    }

    private TreeMap<String, ArchivedRecord> records(TenantId tenant) {
        return tenants.computeIfAbsent(tenant, t -> new TreeMap<>());
    }
}
