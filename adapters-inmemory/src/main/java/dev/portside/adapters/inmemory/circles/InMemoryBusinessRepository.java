package dev.portside.adapters.inmemory.circles;

import dev.portside.domain.circles.BatchOutcome;
import dev.portside.domain.circles.Business;
import dev.portside.domain.circles.BusinessId;
import dev.portside.domain.circles.BusinessRepository;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;

/** The reference {@link BusinessRepository}: businesss per tenant with the revision rules, under one lock. */
public final class InMemoryBusinessRepository implements BusinessRepository {

    private final VersionedTable<Business> table =
            new VersionedTable<>("business", x -> x.id().value(), Business::revision, Business::withRevision);
    private final CursorCodec codec;

    public InMemoryBusinessRepository(CursorCodec codec) {
        this.codec = codec;
    }

    @Override
    public synchronized Either<Problem, Business> create(TenantId tenant, Business item) {
        return table.create(tenant, item);
    }

    @Override
    public synchronized Either<Problem, Business> save(TenantId tenant, Business item) {
        return table.save(tenant, item);
    }

    @Override
    public synchronized Either<Problem, Option<Business>> get(TenantId tenant, BusinessId id) {
        return Either.right(table.get(tenant, id.value()));
    }

    @Override
    public synchronized Either<Problem, Page<Business>> list(TenantId tenant, PageRequest page) {
        return Pager.page(List.copyOf(table.rows(tenant).values()), x -> x.id().value(), false, page, codec, tenant,
                "circles.businesss");
    }

    @Override
    public synchronized Either<Problem, BatchOutcome> createAll(TenantId tenant, List<Business> items) {
        return Either.right(table.createAll(tenant, items));
    }
}
