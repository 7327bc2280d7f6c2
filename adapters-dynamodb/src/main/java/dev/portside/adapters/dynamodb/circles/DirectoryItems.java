package dev.portside.adapters.dynamodb.circles;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A directory (businesses, resources) in the single table as {@code <ENTITY>#id|METADATA}, listed through GSI4
 * (tenant-wide, by id). Bulk creates skip ids that exist (BatchGetItem) and write the rest with BatchWriteItem.
 */
abstract class DirectoryItems<T extends TenantOwned, I> implements DirectoryRepository<T, I> {

    private final CirclesTable table;
    private final VersionedItems<T> items;
    private final String entity;
    private final BiFunction<TenantId, Map<String, AttributeValue>, T> fromItem;
    private final Function<I, String> idValue;

    /**
     * @param entity    the entity type, e.g. {@code BUSINESS}: the item's type and its GSI4 partition
     * @param partition the item's partition key for a tenant and an entry id
     */
    DirectoryItems(CirclesTable table, String entity, BiFunction<TenantId, String, String> partition,
                   Function<T, String> entryId, Function<I, String> idValue, Function<T, Revision> revision,
                   BiFunction<T, Revision, T> withRevision, Function<T, Doc> toDoc, BiFunction<TenantId, Doc, T> fromDoc) {
        this.table = table;
        this.entity = entity;
        this.fromItem = (tenant, item) -> fromDoc.apply(tenant, Items.doc(item));
        this.idValue = idValue;
        this.items = new VersionedItems<>(table, entity.toLowerCase(Locale.ROOT), entryId, revision, withRevision,
                (tenant, x) -> {
                    String id = entryId.apply(x);
                    Map<String, AttributeValue> item = Items.item(toDoc.apply(x), entity, partition.apply(tenant, id),
                            Keys.METADATA);
                    item.put("GSI4PK", Items.s(Keys.t(tenant) + entity));
                    item.put("GSI4SK", Items.s(id));
                    return item;
                },
                fromItem, (tenant, id) -> Items.key(partition.apply(tenant, id), Keys.METADATA));
    }

    @Override
    public Either<Problem, T> create(T entry) {
        TenantId tenant = entry.tenant();
        return items.create(tenant, entry);
    }

    @Override
    public Either<Problem, T> save(T entry) {
        TenantId tenant = entry.tenant();
        return items.save(tenant, entry);
    }

    @Override
    public Either<Problem, Option<T>> get(TenantId tenant, I id) {
        return items.get(tenant, idValue.apply(id));
    }

    @Override
    public Either<Problem, Page<T>> list(TenantId tenant, PageRequest page) {
        return PagedQuery.index(4, Keys.t(tenant) + entity, true).run(table, tenant,
                "circles." + entity.toLowerCase(Locale.ROOT), page, item -> true,
                item -> fromItem.apply(tenant, item));
    }

    @Override
    public Either<Problem, BatchOutcome> createAll(TenantId tenant, List<T> entries) {
        return items.createAll(tenant, entries);
    }
}
