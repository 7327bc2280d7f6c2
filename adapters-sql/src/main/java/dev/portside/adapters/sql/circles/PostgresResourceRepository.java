package dev.portside.adapters.sql.circles;

import dev.portside.adapters.common.circles.Documents;
import dev.portside.domain.circles.Resource;
import dev.portside.domain.circles.ResourceId;
import dev.portside.domain.circles.ResourceRepository;

/** Resources in {@code circles_resources}, one jsonb document per row, saved {@code WHERE revision = ?}. */
public final class PostgresResourceRepository extends DirectoryRows<Resource, ResourceId> implements ResourceRepository {

    public PostgresResourceRepository(CirclesDb db) {
        super(db, new Mapping<>("circles_resources", "resource", x -> x.id().value(), Resource::revision,
                Resource::withRevision, Documents::resource, Documents::resource), ResourceId::value);
    }
}
