package dev.portside.adapters.dynamodb.circles;

import static dev.portside.adapters.dynamodb.support.Attributes.s;

import dev.portside.adapters.common.circles.Doc;
import dev.portside.domain.circles.BatchOutcome;
import dev.portside.domain.circles.DirectoryRepository;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.TenantOwned;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A directory (businesses, resources) in the single table as {@code <ENTITY>#id|METADATA}, listed through GSI4
 * (tenant-wide, by id). Bulk creates refuse entries of another tenant, skip ids that exist (BatchGetItem) and write
 * the rest with BatchWriteItem.
 */
abstract class DirectoryItems<T extends TenantOwned, I> implements DirectoryRepository<T, I> {

    private final CirclesTable table;
    private final String entity;
    private final String kind;
    private final BiFunction<TenantId, String, String> partition;
    private final Function<T, String> entryId;
    private final Function<I, String> idValue;
    private final Function<T, Revision> revision;
    private final BiFunction<T, Revision, T> withRevision;
    private final Function<T, Doc> toDoc;
    private final BiFunction<TenantId, Doc, T> fromDoc;

    /**
     * @param entity    the entity type, e.g. {@code BUSINESS}: the item's type and its GSI4 partition
     * @param partition the item's partition key for a tenant and an entry id
     */
    DirectoryItems(CirclesTable table, String entity, BiFunction<TenantId, String, String> partition,
                   Function<T, String> entryId, Function<I, String> idValue, Function<T, Revision> revision,
                   BiFunction<T, Revision, T> withRevision, Function<T, Doc> toDoc, BiFunction<TenantId, Doc, T> fromDoc) {
        this.table = table;
        this.entity = entity;
        this.kind = entity.toLowerCase(Locale.ROOT);
        this.partition = partition;
        this.entryId = entryId;
        this.idValue = idValue;
        this.revision = revision;
        this.withRevision = withRevision;
        this.toDoc = toDoc;
        this.fromDoc = fromDoc;
    }

    private Map<String, AttributeValue> item(T entry) {
        String id = entryId.apply(entry);
        Map<String, AttributeValue> item = DocItems.item(toDoc.apply(entry), entity,
                partition.apply(entry.tenant(), id), Keys.METADATA);
        item.put("GSI4PK", s(Keys.t(entry.tenant()) + entity));
        item.put("GSI4SK", s(id));
        return item;
    }

    private Map<String, AttributeValue> key(TenantId tenant, String id) {
        return Keys.key(partition.apply(tenant, id), Keys.METADATA);
    }

    @Override
    public Either<Problem, T> create(T entry) {
        T stored = withRevision.apply(entry, Revision.INITIAL);
        return table.writes.create(kind, entryId.apply(entry), item(stored)).map(r -> stored);
    }

    @Override
    public Either<Problem, T> save(T entry) {
        T next = withRevision.apply(entry, revision.apply(entry).next());
        return table.writes.save(kind, entryId.apply(entry), item(next), revision.apply(entry)).map(r -> next);
    }

    @Override
    public Either<Problem, Option<T>> get(TenantId tenant, I id) {
        return table.writes.read(key(tenant, idValue.apply(id)), i -> fromDoc.apply(tenant, DocItems.doc(i)));
    }

    @Override
    public Either<Problem, I> delete(TenantId tenant, I id, Revision expected) {
        String value = idValue.apply(id);
        return table.writes.delete(kind, value, key(tenant, value), expected).map(gone -> id);
    }

    @Override
    public Either<Problem, Page<T>> list(TenantId tenant, PageRequest page) {
        return table.index(4, Keys.t(tenant) + entity, true, tenant, "circles." + kind, page, item -> true,
                item -> fromDoc.apply(tenant, DocItems.doc(item)));
    }

    @Override
    public Either<Problem, BatchOutcome> createAll(TenantId tenant, List<T> entries) {
        Map<String, T> unique = new LinkedHashMap<>();
        Map<String, Problem> refused = new HashMap<>();
        for (T entry : entries) {
            String id = entryId.apply(entry);
            Option<Problem> foreign = CirclesTable.foreignTenant(tenant, entry);
            if (foreign.isDefined()) {
                refused.put(id, foreign.get());
            } else if (unique.putIfAbsent(id, entry) != null) {
                refused.put(id, new Problem.AlreadyExists(kind, id));
            }
        }
        return table.batches.get(table.name, unique.keySet().stream().map(id -> key(tenant, id)).toList())
                .flatMap(existing -> {
                    Set<String> taken = existing.stream().map(i -> i.get(Keys.PK).s()).collect(Collectors.toSet());
                    List<String> written = new ArrayList<>();
                    List<Map<String, AttributeValue>> items = new ArrayList<>();
                    unique.forEach((id, entry) -> {
                        if (taken.contains(partition.apply(tenant, id))) {
                            refused.put(id, new Problem.AlreadyExists(kind, id));
                        } else {
                            written.add(id);
                            items.add(item(withRevision.apply(entry, Revision.INITIAL)));
                        }
                    });
                    return table.batches.put(table.name, items).map(n -> new BatchOutcome(written, refused));
                });
    }
}
