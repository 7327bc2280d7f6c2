package dev.portside.domain.circles;

import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.TenantOwned;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;

/**
 * A tenant's directory entries (businesses, resources), with the usual create/save/delete revision rules; listed by
 * id.
 *
 * @param <T> the entry
 * @param <I> its id
 */
public interface DirectoryRepository<T extends TenantOwned, I> {

    Either<Problem, T> create(T entry);

    Either<Problem, T> save(T entry);

    Either<Problem, Option<T>> get(TenantId tenant, I id);

    /**
     * Deletes the entry if its stored revision is {@code expected}: Conflict when it is another, NotFound when the
     * entry is gone; a retry after a lost reply answers as the first attempt did.
     */
    Either<Problem, I> delete(TenantId tenant, I id, Revision expected);

    Either<Problem, Page<T>> list(TenantId tenant, PageRequest page);

    /** Bulk create for imports: existing ids are refused with AlreadyExists, the rest written. */
    Either<Problem, BatchOutcome> createAll(TenantId tenant, List<T> entries);
}
