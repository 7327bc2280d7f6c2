package dev.portside.adapters.inmemory.circles;

import dev.portside.domain.circles.BatchOutcome;
import dev.portside.domain.circles.DirectoryRepository;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.TenantOwned;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.function.Function;

/** The reference directory store: entries per tenant with the revision rules, under one lock, paged by id. */
abstract class InMemoryDirectory<T extends TenantOwned, I> implements DirectoryRepository<T, I> {

    private final VersionedTable<T> table;
    private final Function<I, String> idValue;
    private final String cursorName;
    private final CursorCodec codec;

    InMemoryDirectory(VersionedTable<T> table, Function<I, String> idValue, String cursorName, CursorCodec codec) {
        this.table = table;
        this.idValue = idValue;
        this.cursorName = cursorName;
        this.codec = codec;
    }

    @Override
    public synchronized Either<Problem, T> create(T entry) {
        TenantId tenant = entry.tenant();
        return table.create(tenant, entry);
    }

    @Override
    public synchronized Either<Problem, T> save(T entry) {
        TenantId tenant = entry.tenant();
        return table.save(tenant, entry);
    }

    @Override
    public synchronized Either<Problem, Option<T>> get(TenantId tenant, I id) {
        return Either.right(table.get(tenant, idValue.apply(id)));
    }

    @Override
    public synchronized Either<Problem, Page<T>> list(TenantId tenant, PageRequest page) {
        return Pager.page(List.copyOf(table.rows(tenant).values()), table::id, false, page, codec, tenant, cursorName);
    }

    @Override
    public synchronized Either<Problem, BatchOutcome> createAll(TenantId tenant, List<T> entries) {
        return Either.right(table.createAll(tenant, entries));
    }
}
