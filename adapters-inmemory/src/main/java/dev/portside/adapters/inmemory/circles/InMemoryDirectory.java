package dev.portside.adapters.inmemory.circles;

import dev.portside.adapters.inmemory.support.Pager;
import dev.portside.adapters.inmemory.support.RevisionedWrites;
import dev.portside.domain.circles.BatchOutcome;
import dev.portside.domain.circles.DirectoryRepository;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.TenantOwned;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The reference directory store: entries per tenant with the revision rules, paged by id. */
abstract class InMemoryDirectory<T extends TenantOwned, I> implements DirectoryRepository<T, I> {

    private final RevisionedWrites<T> entries;
    private final Function<I, String> idValue;
    private final String cursorName;
    private final Pager pager;

    InMemoryDirectory(String kind, Function<T, I> id, Function<I, String> idValue, Function<T, Revision> revision,
                      BiFunction<T, Revision, T> withRevision, String cursorName, CursorCodec codec) {
        this.entries = RevisionedWrites.of(kind, TenantOwned::tenant, id.andThen(idValue), revision, withRevision);
        this.idValue = idValue;
        this.cursorName = cursorName;
        this.pager = new Pager(codec);
    }

    @Override
    public Either<Problem, T> create(T entry) {
        return entries.create(entry);
    }

    @Override
    public Either<Problem, T> save(T entry) {
        return entries.save(entry);
    }

    @Override
    public Either<Problem, Option<T>> get(TenantId tenant, I id) {
        return Either.right(entries.get(tenant, idValue.apply(id)));
    }

    @Override
    public Either<Problem, I> delete(TenantId tenant, I id, Revision expected) {
        return entries.delete(tenant, idValue.apply(id), expected).map(gone -> id);
    }

    @Override
    public Either<Problem, Page<T>> list(TenantId tenant, PageRequest page) {
        return pager.page(tenant, cursorName, entries.all(tenant), entries::id, Pager.Order.ASCENDING, page);
    }

    @Override
    public Either<Problem, BatchOutcome> createAll(TenantId tenant, List<T> batch) {
        return Either.right(entries.createAll(tenant, batch));
    }
}
