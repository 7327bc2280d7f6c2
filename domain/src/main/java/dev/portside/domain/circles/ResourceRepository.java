package dev.portside.domain.circles;

import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;

/** Resources of a tenant, with the usual create/save revision rules; listed by id. */
public interface ResourceRepository {

    Either<Problem, Resource> create(TenantId tenant, Resource resource);

    Either<Problem, Resource> save(TenantId tenant, Resource resource);

    Either<Problem, Option<Resource>> get(TenantId tenant, ResourceId id);

    Either<Problem, Page<Resource>> list(TenantId tenant, PageRequest page);

    /** Bulk create for imports: existing ids are refused with AlreadyExists, the rest written. */
    Either<Problem, BatchOutcome> createAll(TenantId tenant, List<Resource> resources);
}
