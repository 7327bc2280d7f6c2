package dev.portside.application.records;

/** Hears how far a long job (cleanup, reconcile) got, e.g. to draw a progress bar. */
@FunctionalInterface
public interface WorkProgress {

    WorkProgress NONE = (done, total) -> { };

    /** {@code done} of {@code total} units are finished. */
    void advanced(long done, long total);
}
