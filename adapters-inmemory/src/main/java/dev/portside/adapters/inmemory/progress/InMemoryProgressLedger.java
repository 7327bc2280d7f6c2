package dev.portside.adapters.inmemory.progress;

import dev.portside.adapters.inmemory.support.Pager;
import dev.portside.adapters.inmemory.support.RevisionedWrites;
import dev.portside.domain.content.CertificationType;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.progress.ProgressEntry;
import dev.portside.domain.progress.ProgressKey;
import dev.portside.domain.progress.ProgressLedger;
import dev.portside.domain.kernel.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * The reference model of {@link ProgressLedger}: entries in a thread-safe revisioned table, revisions
 * checked like the real stores, queries ordered and paged like them. Entries are immutable records.
 */
public final class InMemoryProgressLedger implements ProgressLedger {

    private static final char SEP = '\u001f';
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Pager pager;
    private final RevisionedWrites<ProgressEntry> entries = RevisionedWrites.of("progress", ProgressEntry::tenant,
            e -> e.key().toString(), ProgressEntry::revision, ProgressEntry::withRevision)
            .whenAbsent(RevisionedWrites.Absent.CONFLICT);

    public InMemoryProgressLedger(CursorCodec cursors) {
        this.pager = new Pager(cursors);
    }

    @Override
    public Either<Problem, ProgressEntry> create(ProgressEntry entry) {
        return entries.create(entry);
    }

    @Override
    public Either<Problem, ProgressEntry> save(ProgressEntry entry) {
        return entries.save(entry);
    }

    @Override
    public Either<Problem, ProgressKey> delete(TenantId tenant, ProgressKey progressKey, Revision expected) {
        return entries.delete(tenant, progressKey.toString(), expected).map(deleted -> progressKey);
    }

    @Override
    public synchronized Either<Problem, Option<ProgressEntry>> find(TenantId tenant, ProgressKey key) {
        return Either.right(entries.get(tenant, key.toString()));
    }

    @Override
    public synchronized Either<Problem, List<ProgressEntry>> findAll(TenantId tenant, Collection<ProgressKey> keys) {
        return Either.right(keys.stream().distinct()
                .flatMap(k -> entries.get(tenant, k.toString()).toJavaStream()).toList());
    }

    @Override
    public synchronized Either<Problem, List<ProgressKey>> importAll(TenantId tenant, List<ProgressEntry> batch) {
        return Either.right(batch.stream().filter(e -> entries.create(e.withRevision(Revision.INITIAL)).isLeft())
                .map(ProgressEntry::key).toList());
    }

    @Override
    public synchronized Either<Problem, Page<ProgressEntry>> byUser(TenantId tenant, UserId user,
                                                                   Option<CertificationType> cert, PageRequest page) {
        String query = "progress.byUser|" + user + "|" + cert.map(Enum::name).getOrElse("*");
        return pager.page(tenant, query, select(tenant, e -> e.key().user().equals(user)
                        && cert.forAll(c -> c == e.key().certification())),
                e -> cert.isDefined() ? e.key().content().value()
                        : e.key().content().value() + "#" + e.key().certification().name(),
                Pager.Order.ASCENDING, page);
    }

    @Override
    public synchronized Either<Problem, Page<ProgressEntry>> byCertification(TenantId tenant, CertificationType cert,
                                                                            Instant from, Instant to, PageRequest page) {
        String query = "progress.byCert|" + cert + "|" + from + "|" + to;
        return pager.page(tenant, query, select(tenant, e -> e.key().certification() == cert
                        && !e.lastRecordedAt().isBefore(from) && e.lastRecordedAt().isBefore(to)),
                e -> INSTANT.format(e.lastRecordedAt()) + SEP + e.key().user().value() + SEP + e.key().content().value(),
                Pager.Order.ASCENDING, page);
    }

    private List<ProgressEntry> select(TenantId tenant, Predicate<ProgressEntry> filter) {
        return entries.all(tenant).stream().filter(filter).toList();
    }
}
