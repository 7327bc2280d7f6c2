package dev.portside.domain.kernel;

import io.vavr.control.Either;

/**
 * Creates what an adapter needs in its backend (tables, indexes, TTL, buckets, schemas).
 * Idempotent: running it again on a provisioned backend changes nothing, succeeds and says so: its summary then
 * starts with {@value #UNCHANGED} ({@link #unchanged}).
 */
public interface Provisioner {

    /** What this provisions, e.g. {@code "dynamodb table portside-content"}. */
    String name();

    /** How the summary of a run that changed nothing starts. */
    String UNCHANGED = "unchanged";

    /** Right(a one-line summary of what was created or found in place), or the problem. */
    Either<Problem, String> provision();

    /** The summary of a run that changed nothing. */
    static String unchanged(String found) {
        return UNCHANGED + ": " + found;
    }

    /** Whether {@code summary} is that of a run that changed nothing. */
    static boolean changedNothing(String summary) {
        return summary.startsWith(UNCHANGED);
    }
}
