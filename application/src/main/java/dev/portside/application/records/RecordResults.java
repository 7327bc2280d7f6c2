package dev.portside.application.records;

import dev.portside.domain.records.Record;
import java.time.Instant;

/** What {@link RecordVault} and its {@link RecordMaintenance} answer. */
public final class RecordResults {

    private RecordResults() {
    }

    /** The stored record; {@code alreadyStored} when an identical write had been acknowledged before. */
    public record WriteReceipt(Record record, boolean alreadyStored) {
    }

    public enum Source { HOT, ARCHIVE }

    public record RecordRead(Record record, Source source, boolean rewarmed) {
    }

    public record ReconcileReport(long scanned, long restored) {
    }

    /**
     * A re-wrap run: archived records scanned, re-wrapped now and already under the current key; the hot rows
     * scanned and re-wrapped now; and the archived or hot records that failed (with why, hot ones marked "hot").
     */
    public record RewrapReport(String currentKey, long scanned, long rewrapped, long alreadyCurrent, long failed,
                               java.util.List<String> failures, long hotScanned, long hotRewrapped) {
    }

    /** A seal-hot run: hot rows scanned, sealed now, already sealed, and failed (with why). */
    public record SealHotReport(long scanned, long sealed, long alreadySealed, long failed,
                                java.util.List<String> failures) {
    }

    public record CleanupReport(Instant cutoff, long count, boolean dryRun) {
    }
}
