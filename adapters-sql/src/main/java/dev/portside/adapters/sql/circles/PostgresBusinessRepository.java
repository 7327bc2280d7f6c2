package dev.portside.adapters.sql.circles;

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

/** Businesss in {@code circles_businesses}, one jsonb document per row, saved {@code WHERE revision = ?}. */
public final class PostgresBusinessRepository implements BusinessRepository {

    private final VersionedRows<Business> rows;

    public PostgresBusinessRepository(CirclesDb db) {
        this.rows = new VersionedRows<>(db, "circles_businesses", "business", x -> x.id().value(), Business::revision,
                Business::withRevision, Documents::business, Documents::business);
    }

    @Override
    public Either<Problem, Business> create(TenantId tenant, Business x) {
        return rows.create(tenant, x);
    }

    @Override
    public Either<Problem, Business> save(TenantId tenant, Business x) {
        return rows.save(tenant, x);
    }

    @Override
    public Either<Problem, Option<Business>> get(TenantId tenant, BusinessId id) {
        return rows.get(tenant, id.value());
    }

    @Override
    public Either<Problem, Page<Business>> list(TenantId tenant, PageRequest page) {
        return rows.list(tenant, page);
    }

    @Override
    public Either<Problem, BatchOutcome> createAll(TenantId tenant, List<Business> all) {
        return rows.createAll(tenant, all);
    }
}
