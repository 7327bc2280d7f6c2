package dev.portside.application.progress;

/** A learner's summary in one certification. */
public record SummarizeProgress(String tenant, String userId, String certification) {
}
