package dev.portside.adapters.inmemory.content;

import dev.portside.adapters.inmemory.support.Pager;
import dev.portside.adapters.inmemory.support.RevisionedWrites;
import dev.portside.domain.content.CertificationType;
import dev.portside.domain.content.ContentId;
import dev.portside.domain.content.ContentItem;
import dev.portside.domain.content.ContentKey;
import dev.portside.domain.content.ContentRepository;
import dev.portside.domain.content.ContentType;
import dev.portside.domain.content.ContentVersion;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The reference model of {@link ContentRepository}: items and per-version snapshots in maps under
 * one lock, revisions checked exactly like the real stores, listings ordered and paged like them.
 * Items are immutable records, so stored values can never be changed from outside.
 */
public final class InMemoryContentRepository implements ContentRepository {

    static final char SEP = '\u001f';
    static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private record Key(TenantId tenant, ContentKey key) {
    }

    private final Pager pager;
    private final RevisionedWrites<ContentItem> items = RevisionedWrites.of("content", ContentItem::tenant,
            i -> i.key().toString(), ContentItem::revision, ContentItem::withRevision)
            .whenAbsent(RevisionedWrites.Absent.CONFLICT);
    private final Map<Key, TreeMap<String, ContentItem>> history = new HashMap<>();

    public InMemoryContentRepository(CursorCodec cursors) {
        this.pager = new Pager(cursors);
    }

    @Override
    public synchronized Either<Problem, ContentItem> create(ContentItem item) {
        return items.create(item).peek(this::remember);
    }

    @Override
    public synchronized Either<Problem, ContentItem> save(ContentItem item) {
        return items.save(item).peek(this::remember);
    }

    @Override
    public synchronized Either<Problem, ContentKey> delete(TenantId tenant, ContentKey contentKey, Revision expected) {
        return items.delete(tenant, contentKey.toString(), expected).map(deleted -> {
            history.remove(new Key(tenant, contentKey));
            return contentKey;
        });
    }

    @Override
    public synchronized Either<Problem, Option<ContentItem>> find(TenantId tenant, ContentKey key) {
        return Either.right(items.get(tenant, key.toString()));
    }

    @Override
    public synchronized Either<Problem, List<ContentItem>> findAllCertifications(TenantId tenant, ContentId id) {
        return Either.right(select(tenant, i -> i.id().equals(id)).stream()
                .sorted(Comparator.comparing(i -> i.certification().name())).toList());
    }

    @Override
    public synchronized Either<Problem, Page<ContentItem>> listByCertification(TenantId tenant, CertificationType cert,
                                                                              PageRequest page) {
        return pager.page(tenant, "content.byCert|" + cert, active(tenant, i -> i.certification() == cert),
                i -> i.details().category() + SEP + i.id().value(), Pager.Order.ASCENDING, page);
    }

    @Override
    public synchronized Either<Problem, Page<ContentItem>> listByCategory(TenantId tenant, String category,
                                                                         Option<CertificationType> cert, PageRequest page) {
        String query = "content.byCategory|" + category + "|" + cert.map(Enum::name).getOrElse("*");
        return pager.page(tenant, query, active(tenant, i -> i.details().category().equals(category)
                        && cert.forAll(c -> c == i.certification())),
                i -> cert.isDefined() ? i.id().value() : i.id().value() + SEP + i.certification().name(),
                Pager.Order.ASCENDING, page);
    }

    @Override
    public synchronized Either<Problem, Page<ContentItem>> listByType(TenantId tenant, ContentType type, Instant from,
                                                                     Instant to, PageRequest page) {
        String query = "content.byType|" + type + "|" + from + "|" + to;
        return pager.page(tenant, query, active(tenant, i -> i.details().contentType() == type
                        && !i.createdAt().isBefore(from) && i.createdAt().isBefore(to)),
                i -> INSTANT.format(i.createdAt()) + SEP + i.id().value() + SEP + i.certification().name(),
                Pager.Order.ASCENDING, page);
    }

    @Override
    public synchronized Either<Problem, Page<ContentItem>> history(TenantId tenant, ContentKey key, PageRequest page) {
        List<ContentItem> versions = new ArrayList<>(history.getOrDefault(new Key(tenant, key), new TreeMap<>()).values());
        return pager.page(tenant, "content.history|" + key, versions, ContentItem::historyKey,
                Pager.Order.DESCENDING, page);
    }

    @Override
    public synchronized Either<Problem, Option<ContentItem>> asOf(TenantId tenant, ContentKey key, ContentVersion version) {
        String prefix = ContentItem.historyPrefix(version);
        return Either.right(Option.of(history.getOrDefault(new Key(tenant, key), new TreeMap<>())
                .subMap(prefix, true, prefix + "~", false).lastEntry()).map(java.util.Map.Entry::getValue));
    }

    @Override
    public synchronized Either<Problem, Long> countActive(TenantId tenant, CertificationType certification) {
        return Either.right((long) active(tenant, i -> i.certification() == certification).size());
    }

    private void remember(ContentItem item) {
        history.computeIfAbsent(new Key(item.tenant(), item.key()), k -> new TreeMap<>())
                .put(item.historyKey(), item);
    }

    private List<ContentItem> select(TenantId tenant, Predicate<ContentItem> filter) {
        return items.all(tenant).stream().filter(filter).toList();
    }

    private List<ContentItem> active(TenantId tenant, Predicate<ContentItem> filter) {
        return select(tenant, i -> i.active() && filter.test(i));
    }
}
