package dev.portside.adapters.dynamodb.circles;

import dev.portside.application.circles.storage.Documents;
import dev.portside.domain.circles.BatchOutcome;
import dev.portside.domain.circles.Resource;
import dev.portside.domain.circles.ResourceId;
import dev.portside.domain.circles.ResourceRepository;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Resources in the single table as {@code RESOURCE#id|METADATA}, listed through GSI4 (tenant-wide, by id). Bulk creates skip
 * ids that exist (BatchGetItem) and write the rest with BatchWriteItem.
 */
public final class DynamoResourceRepository implements ResourceRepository {

    private final CirclesTable table;
    private final VersionedItems<Resource> items;

    public DynamoResourceRepository(CirclesTable table) {
        this.table = table;
        this.items = new VersionedItems<>(table, "resource", x -> x.id().value(), Resource::revision, Resource::withRevision,
                DynamoResourceRepository::item, (tenant, item) -> Documents.resource(tenant, Items.doc(item)),
                (tenant, id) -> Items.key(Keys.resource(tenant, id), Keys.METADATA));
    }

    private static Map<String, AttributeValue> item(TenantId tenant, Resource x) {
        Map<String, AttributeValue> item = Items.item(Documents.resource(x), "RESOURCE", Keys.resource(tenant, x.id().value()),
                Keys.METADATA);
        item.put("GSI4PK", Items.s(Keys.t(tenant) + "RESOURCE"));
        item.put("GSI4SK", Items.s(x.id().value()));
        return item;
    }

    @Override
    public Either<Problem, Resource> create(TenantId tenant, Resource x) {
        return items.create(tenant, x);
    }

    @Override
    public Either<Problem, Resource> save(TenantId tenant, Resource x) {
        return items.save(tenant, x);
    }

    @Override
    public Either<Problem, Option<Resource>> get(TenantId tenant, ResourceId id) {
        return items.get(tenant, id.value());
    }

    @Override
    public Either<Problem, Page<Resource>> list(TenantId tenant, PageRequest page) {
        return PagedQuery.index(4, Keys.t(tenant) + "RESOURCE", true).run(table, tenant, "circles.resources", page,
                item -> true, item -> Documents.resource(tenant, Items.doc(item)));
    }

    @Override
    public Either<Problem, BatchOutcome> createAll(TenantId tenant, List<Resource> all) {
        return items.createAll(tenant, all);
    }
}
