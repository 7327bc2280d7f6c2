package dev.portside.adapters.dynamodb.circles;

import dev.portside.application.circles.storage.Documents;
import dev.portside.domain.circles.BatchOutcome;
import dev.portside.domain.circles.Business;
import dev.portside.domain.circles.BusinessId;
import dev.portside.domain.circles.BusinessRepository;
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
 * Businesss in the single table as {@code BUSINESS#id|METADATA}, listed through GSI4 (tenant-wide, by id). Bulk creates skip
 * ids that exist (BatchGetItem) and write the rest with BatchWriteItem.
 */
public final class DynamoBusinessRepository implements BusinessRepository {

    private final CirclesTable table;
    private final VersionedItems<Business> items;

    public DynamoBusinessRepository(CirclesTable table) {
        this.table = table;
        this.items = new VersionedItems<>(table, "business", x -> x.id().value(), Business::revision, Business::withRevision,
                DynamoBusinessRepository::item, (tenant, item) -> Documents.business(tenant, Items.doc(item)),
                (tenant, id) -> Items.key(Keys.business(tenant, id), Keys.METADATA));
    }

    private static Map<String, AttributeValue> item(TenantId tenant, Business x) {
        Map<String, AttributeValue> item = Items.item(Documents.business(x), "BUSINESS", Keys.business(tenant, x.id().value()),
                Keys.METADATA);
        item.put("GSI4PK", Items.s(Keys.t(tenant) + "BUSINESS"));
        item.put("GSI4SK", Items.s(x.id().value()));
        return item;
    }

    @Override
    public Either<Problem, Business> create(TenantId tenant, Business x) {
        return items.create(tenant, x);
    }

    @Override
    public Either<Problem, Business> save(TenantId tenant, Business x) {
        return items.save(tenant, x);
    }

    @Override
    public Either<Problem, Option<Business>> get(TenantId tenant, BusinessId id) {
        return items.get(tenant, id.value());
    }

    @Override
    public Either<Problem, Page<Business>> list(TenantId tenant, PageRequest page) {
        return PagedQuery.index(4, Keys.t(tenant) + "BUSINESS", true).run(table, tenant, "circles.businesss", page,
                item -> true, item -> Documents.business(tenant, Items.doc(item)));
    }

    @Override
    public Either<Problem, BatchOutcome> createAll(TenantId tenant, List<Business> all) {
        return items.createAll(tenant, all);
    }
}
