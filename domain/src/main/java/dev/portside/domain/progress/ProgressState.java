package dev.portside.domain.progress;

/** How far a learner got with a content item, in increasing order; progress never moves down. */
public enum ProgressState {
    VIEWED, IN_PROGRESS, COMPLETED, MASTERED;

    public ProgressState atLeast(ProgressState other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isDone() {
        return this == COMPLETED || this == MASTERED;
    }
}
