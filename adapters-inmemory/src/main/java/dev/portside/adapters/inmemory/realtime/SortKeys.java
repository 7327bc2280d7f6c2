package dev.portside.adapters.inmemory.realtime;

import java.time.Instant;

/** The realtime lists' sort key, identical to the DynamoDB indexes: {@code <epoch millis, 13 digits>#<id>}. */
final class SortKeys {

    private SortKeys() {
    }

    static String of(Instant at, String id) {
        return String.format("%013d#%s", at.toEpochMilli(), id);
    }
}
