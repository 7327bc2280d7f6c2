package dev.portside.adapters.dynamodb.circles;

import dev.portside.adapters.common.circles.Documents;
import dev.portside.domain.circles.Business;
import dev.portside.domain.circles.BusinessId;
import dev.portside.domain.circles.BusinessRepository;

/** Businesses in the single table as {@code BUSINESS#id|METADATA}, listed through GSI4 (tenant-wide, by id). */
public final class DynamoBusinessRepository extends DirectoryItems<Business, BusinessId> implements BusinessRepository {

    public DynamoBusinessRepository(CirclesTable table) {
        super(table, "BUSINESS", Keys::business, x -> x.id().value(), BusinessId::value, Business::revision, Business::withRevision,
                Documents::business, Documents::business);
    }
}
