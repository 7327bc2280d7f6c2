package dev.portside.application.progress;

/** Record one event. */
public record RecordProgress(String tenant, ProgressInput event) {
}
