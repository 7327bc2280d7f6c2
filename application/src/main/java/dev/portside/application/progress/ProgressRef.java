package dev.portside.application.progress;

/** Addresses one entry; {@code expectedRevision} is required only to forget it. */
public record ProgressRef(String tenant, String userId, String contentId, String certification,
                          Long expectedRevision) {
}
