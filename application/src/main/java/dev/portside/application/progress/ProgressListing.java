package dev.portside.application.progress;

import java.time.Instant;

/** The paged progress queries; {@code cursor} is null for the first page. */
public sealed interface ProgressListing {

    String tenant();

    int limit();

    String cursor();

    /** {@code certification} may be null for all. */
    record ByUser(String tenant, String userId, String certification, int limit, String cursor)
            implements ProgressListing {
    }

    /** Entries last recorded in {@code [from, to)}. */
    record ByCertification(String tenant, String certification, Instant from, Instant to, int limit, String cursor)
            implements ProgressListing {
    }
}
