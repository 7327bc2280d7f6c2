package dev.portside.adapters.inmemory.progress;

import dev.portside.adapters.inmemory.content.SortedPages;
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
import dev.portside.domain.progress.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The reference model of {@link ProgressLedger}: entries in a map under one lock, revisions
 * checked like the real stores, queries ordered and paged like them. Entries are immutable records.
 */
public final class InMemoryProgressLedger implements ProgressLedger {

    private static final char SEP = '\u001f';
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private record Key(TenantId tenant, ProgressKey key) {
    }

    private final CursorCodec cursors;
    private final Map<Key, ProgressEntry> entries = new HashMap<>();

    public InMemoryProgressLedger(CursorCodec cursors) {
        this.cursors = cursors;
    }

    @Override
    public synchronized Either<Problem, ProgressEntry> create(ProgressEntry entry) {
        Key key = new Key(entry.tenant(), entry.key());
        if (entries.containsKey(key)) {
            return Either.left(new Problem.AlreadyExists("progress", entry.key().toString()));
        }
        ProgressEntry stored = entry.withRevision(Revision.INITIAL);
        entries.put(key, stored);
        return Either.right(stored);
    }

    @Override
    public synchronized Either<Problem, ProgressEntry> save(ProgressEntry entry) {
        Key key = new Key(entry.tenant(), entry.key());
        ProgressEntry stored = entries.get(key);
        if (stored == null || !stored.revision().equals(entry.revision())) {
            return Either.left(new Problem.Conflict("progress", entry.key().toString(), entry.revision(),
                    stored == null ? null : stored.revision()));
        }
        ProgressEntry saved = entry.withRevision(entry.revision().next());
        entries.put(key, saved);
        return Either.right(saved);
    }

    @Override
    public synchronized Either<Problem, ProgressKey> delete(TenantId tenant, ProgressKey progressKey, Revision expected) {
        Key key = new Key(tenant, progressKey);
        ProgressEntry stored = entries.get(key);
        if (stored == null || !stored.revision().equals(expected)) {
            return Either.left(new Problem.Conflict("progress", progressKey.toString(), expected,
                    stored == null ? null : stored.revision()));
        }
        entries.remove(key);
        return Either.right(progressKey);
    }

    @Override
    public synchronized Either<Problem, Option<ProgressEntry>> find(TenantId tenant, ProgressKey key) {
        return Either.right(Option.of(entries.get(new Key(tenant, key))));
    }

    @Override
    public synchronized Either<Problem, List<ProgressEntry>> findAll(TenantId tenant, Collection<ProgressKey> keys) {
        return Either.right(keys.stream().distinct().map(k -> entries.get(new Key(tenant, k)))
                .filter(Objects::nonNull).toList());
    }

    @Override
    public synchronized Either<Problem, Integer> importAll(TenantId tenant, List<ProgressEntry> batch) {
        batch.forEach(e -> entries.put(new Key(tenant, e.key()), e.withRevision(Revision.INITIAL)));
        return Either.right(batch.size());
    }

    @Override
    public synchronized Either<Problem, Page<ProgressEntry>> byUser(TenantId tenant, UserId user,
                                                                   Option<CertificationType> cert, PageRequest page) {
        String query = "progress.byUser|" + user + "|" + cert.map(Enum::name).getOrElse("*");
        return SortedPages.page(select(tenant, e -> e.key().user().equals(user)
                        && cert.forAll(c -> c == e.key().certification())),
                e -> cert.isDefined() ? e.key().content().value()
                        : e.key().content().value() + "#" + e.key().certification().name(),
                false, cursors, tenant, query, page);
    }

    @Override
    public synchronized Either<Problem, Page<ProgressEntry>> byCertification(TenantId tenant, CertificationType cert,
                                                                            Instant from, Instant to, PageRequest page) {
        String query = "progress.byCert|" + cert + "|" + from + "|" + to;
        return SortedPages.page(select(tenant, e -> e.key().certification() == cert
                        && !e.lastRecordedAt().isBefore(from) && e.lastRecordedAt().isBefore(to)),
                e -> INSTANT.format(e.lastRecordedAt()) + SEP + e.key().user().value() + SEP + e.key().content().value(),
                false, cursors, tenant, query, page);
    }

    private List<ProgressEntry> select(TenantId tenant, Predicate<ProgressEntry> filter) {
        return entries.values().stream().filter(e -> e.tenant().equals(tenant) && filter.test(e)).toList();
    }
}
