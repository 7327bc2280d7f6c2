package dev.portside.domain.records;

import java.time.Instant;

/**
 * The WORM state of an archived record: COMPLIANCE retention until {@code retainUntil} (only ever
 * extended) and an optional legal hold. Deletion is allowed only after retain-until with no hold.
 */
public record Retention(Instant retainUntil, boolean legalHold) {

    public boolean allowsDeletionAt(Instant now) {
        return !legalHold && !now.isBefore(retainUntil);
    }

    public boolean canExtendTo(Instant until) {
        return !until.isBefore(retainUntil);
    }

    /** Retention until {@code until}, or unchanged when {@code until} is earlier: it never shortens. */
    public Retention extendedTo(Instant until) {
        return canExtendTo(until) ? new Retention(until, legalHold) : this;
    }

    public Retention withLegalHold(boolean hold) {
        return new Retention(retainUntil, hold);
    }
}
