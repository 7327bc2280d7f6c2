package dev.portside.adapters.s3.brands;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;

/**
 * The optional last step of a document write: confirm the query side can see the new document
 * (the seed's "verify the Athena table is accessible"). A Left makes the write compensate.
 */
@FunctionalInterface
public interface DocumentVisibility {

    /** No check: the write is complete once S3 accepted it. */
    DocumentVisibility NONE = (tenant, kind, id) -> Either.right(true);

    Either<Problem, Boolean> confirm(TenantId tenant, String kind, String id);
}
