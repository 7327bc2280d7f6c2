package dev.portside.domain.records;

import java.time.LocalDate;

/** The id of an archived record and the UTC day its timestamp falls on, as an archive listing yields them. */
public record RecordRef(RecordId id, LocalDate day) {
}
