package dev.portside.adapters.sql.circles;

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

/** Resources in {@code circles_resources}, one jsonb document per row, saved {@code WHERE revision = ?}. */
public final class PostgresResourceRepository implements ResourceRepository {

    private final VersionedRows<Resource> rows;

    public PostgresResourceRepository(CirclesDb db) {
        this.rows = new VersionedRows<>(db, "circles_resources", "resource", x -> x.id().value(), Resource::revision,
                Resource::withRevision, Documents::resource, Documents::resource);
    }

    @Override
    public Either<Problem, Resource> create(TenantId tenant, Resource x) {
        return rows.create(tenant, x);
    }

    @Override
    public Either<Problem, Resource> save(TenantId tenant, Resource x) {
        return rows.save(tenant, x);
    }

    @Override
    public Either<Problem, Option<Resource>> get(TenantId tenant, ResourceId id) {
        return rows.get(tenant, id.value());
    }

    @Override
    public Either<Problem, Page<Resource>> list(TenantId tenant, PageRequest page) {
        return rows.list(tenant, page);
    }

    @Override
    public Either<Problem, BatchOutcome> createAll(TenantId tenant, List<Resource> all) {
        return rows.createAll(tenant, all);
    }
}
