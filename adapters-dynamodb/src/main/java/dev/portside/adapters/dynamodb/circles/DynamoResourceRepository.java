package dev.portside.adapters.dynamodb.circles;

import dev.portside.adapters.common.circles.Documents;
import dev.portside.domain.circles.Resource;
import dev.portside.domain.circles.ResourceId;
import dev.portside.domain.circles.ResourceRepository;

/** Resources in the single table as {@code RESOURCE#id|METADATA}, listed through GSI4 (tenant-wide, by id). */
public final class DynamoResourceRepository extends DirectoryItems<Resource, ResourceId> implements ResourceRepository {

    public DynamoResourceRepository(CirclesTable table) {
        super(table, "RESOURCE", Keys::resource, x -> x.id().value(), ResourceId::value, Resource::revision, Resource::withRevision,
                Documents::resource, Documents::resource);
    }
}
