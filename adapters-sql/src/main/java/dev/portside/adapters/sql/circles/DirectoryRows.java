package dev.portside.adapters.sql.circles;

import dev.portside.domain.circles.BatchOutcome;
import dev.portside.domain.circles.DirectoryRepository;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.TenantOwned;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.function.Function;

/** A directory (businesses, resources) in its own table, one jsonb document per row, saved {@code WHERE revision = ?}. */
abstract class DirectoryRows<T extends TenantOwned, I> implements DirectoryRepository<T, I> {

    private final VersionedRows<T> rows;
    private final Function<I, String> idValue;

    DirectoryRows(VersionedRows<T> rows, Function<I, String> idValue) {
        this.rows = rows;
        this.idValue = idValue;
    }

    @Override
    public Either<Problem, T> create(T entry) {
        TenantId tenant = entry.tenant();
        return rows.create(tenant, entry);
    }

    @Override
    public Either<Problem, T> save(T entry) {
        TenantId tenant = entry.tenant();
        return rows.save(tenant, entry);
    }

    @Override
    public Either<Problem, Option<T>> get(TenantId tenant, I id) {
        return rows.get(tenant, idValue.apply(id));
    }

    @Override
    public Either<Problem, Page<T>> list(TenantId tenant, PageRequest page) {
        return rows.list(tenant, page);
    }

    @Override
    public Either<Problem, BatchOutcome> createAll(TenantId tenant, List<T> entries) {
        return rows.createAll(tenant, entries);
    }
}
