package dev.portside.domain.kernel;

import io.vavr.control.Either;

/**
 * Creates what an adapter needs in its backend (tables, indexes, TTL, buckets, schemas).
 * Idempotent: running it again on a provisioned backend changes nothing and succeeds.
 */
public interface Provisioner {

    /** What this provisions, e.g. {@code "dynamodb table portside-content"}. */
    String name();

    /** Right(a one-line summary of what was created or found in place), or the problem. */
    Either<Problem, String> provision();
}
