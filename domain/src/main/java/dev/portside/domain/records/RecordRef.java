package dev.portside.domain.records;

import java.time.Instant;

/** The id and timestamp of an archived record, as an archive listing yields them. */
public record RecordRef(RecordId id, Instant timestamp) {
}
