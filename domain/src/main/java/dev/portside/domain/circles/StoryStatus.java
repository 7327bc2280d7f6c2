package dev.portside.domain.circles;

/** Moderation state of a story. */
public enum StoryStatus {
    PUBLISHED, FLAGGED, REMOVED
}
