package dev.portside.application.records;

/** Receives progress of long jobs (cleanup, reconcile), e.g. to draw a progress bar. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total) -> { };

    /** {@code done} of {@code total} units are finished. */
    void advanced(long done, long total);
}
