package dev.portside.domain.circles;

import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;

/** Businesses of a tenant, with the usual create/save revision rules; listed by id. */
public interface BusinessRepository {

    Either<Problem, Business> create(TenantId tenant, Business business);

    Either<Problem, Business> save(TenantId tenant, Business business);

    Either<Problem, Option<Business>> get(TenantId tenant, BusinessId id);

    Either<Problem, Page<Business>> list(TenantId tenant, PageRequest page);

    /** Bulk create for imports: existing ids are refused with AlreadyExists, the rest written. */
    Either<Problem, BatchOutcome> createAll(TenantId tenant, List<Business> businesses);
}
