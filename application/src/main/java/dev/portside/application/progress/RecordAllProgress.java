package dev.portside.application.progress;

import java.util.List;

/** Bulk import of many events (up to {@link ProgressTracker#MAX_BATCH}). */
public record RecordAllProgress(String tenant, List<ProgressInput> events) {
}
