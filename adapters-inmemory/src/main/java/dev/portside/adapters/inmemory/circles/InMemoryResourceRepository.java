package dev.portside.adapters.inmemory.circles;

import dev.portside.domain.circles.BatchOutcome;
import dev.portside.domain.circles.Resource;
import dev.portside.domain.circles.ResourceId;
import dev.portside.domain.circles.ResourceRepository;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;

/** The reference {@link ResourceRepository}: resources per tenant with the revision rules, under one lock. */
public final class InMemoryResourceRepository implements ResourceRepository {

    private final VersionedTable<Resource> table =
            new VersionedTable<>("resource", x -> x.id().value(), Resource::revision, Resource::withRevision);
    private final CursorCodec codec;

    public InMemoryResourceRepository(CursorCodec codec) {
        this.codec = codec;
    }

    @Override
    public synchronized Either<Problem, Resource> create(TenantId tenant, Resource item) {
        return table.create(tenant, item);
    }

    @Override
    public synchronized Either<Problem, Resource> save(TenantId tenant, Resource item) {
        return table.save(tenant, item);
    }

    @Override
    public synchronized Either<Problem, Option<Resource>> get(TenantId tenant, ResourceId id) {
        return Either.right(table.get(tenant, id.value()));
    }

    @Override
    public synchronized Either<Problem, Page<Resource>> list(TenantId tenant, PageRequest page) {
        return Pager.page(List.copyOf(table.rows(tenant).values()), x -> x.id().value(), false, page, codec, tenant,
                "circles.resources");
    }

    @Override
    public synchronized Either<Problem, BatchOutcome> createAll(TenantId tenant, List<Resource> items) {
        return Either.right(table.createAll(tenant, items));
    }
}
