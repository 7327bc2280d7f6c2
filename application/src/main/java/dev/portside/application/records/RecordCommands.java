package dev.portside.application.records;

import dev.portside.domain.kernel.Cursor;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The commands of {@link RecordVault} and its {@link RecordMaintenance}: raw caller input, each validated
 * as a whole before anything is touched. A query takes at most {@code limit} items after {@code after},
 * the cursor the previous page gave ({@code page.next().getOrNull()}; null for the first page).
 */
public final class RecordCommands {

    private RecordCommands() {
    }

    /** {@code metadata} may be null for none. */
    public record WriteRecord(String tenant, String id, String sourceData, String mappedData, String modelVersion,
                              Instant timestamp, Map<String, String> metadata) {
    }

    /** {@code rewarm}: put a record read from the archive back into the hot store. */
    public record ReadRecord(String tenant, String id, boolean rewarm) {
    }

    /** Records of a model version with a timestamp in {@code [from, to)}. */
    public record FindRecordsByModelVersion(String tenant, String modelVersion, Instant from, Instant to, int limit,
                                            Cursor after) {
    }

    public record FindRecordsByMetadata(String tenant, String key, String value, int limit, Cursor after) {
    }

    /** Hot records per model version and day, timestamps in {@code [from, to)}. */
    public record CountRecordsPerDay(String tenant, Instant from, Instant to) {
    }

    /**
     * Restore archived records of the hot window that the hot store lacks, reading the archive {@code batchSize} ids
     * at a time (null: 500; at most 1000).
     */
    public record ReconcileHotStore(String tenant, Integer batchSize) {
        public ReconcileHotStore(String tenant) {
            this(tenant, null);
        }
    }

    /** Re-wrap every archived data key of the tenant under the current master key, over the WORM window. */
    public record RewrapDataKeys(String tenant) {
    }

    /** Seal (encrypt in place) every hot row of the tenant still holding its payload in clear. */
    public record SealHotRows(String tenant) {
    }

    /**
     * Delete hot rows older than {@code olderThan} (null: the policy's hot retention), {@code batchSize} rows per delete
     * (null: the policy's; at most 100000); a dry run only counts.
     */
    public record CleanUpHotStore(String tenant, Duration olderThan, boolean dryRun, Integer batchSize) {
        public CleanUpHotStore(String tenant, Duration olderThan, boolean dryRun) {
            this(tenant, olderThan, dryRun, null);
        }
    }

    public record PlaceLegalHold(String tenant, String id) {
    }

    public record ReleaseLegalHold(String tenant, String id) {
    }

    public record ExtendRetention(String tenant, String id, Instant until) {
    }
}
