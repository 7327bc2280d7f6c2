package dev.portside.domain.records;

import java.time.LocalDate;

/** How many hot records one model version produced on one UTC day. */
public record DailyCount(String modelVersion, LocalDate day, long count) {
}
