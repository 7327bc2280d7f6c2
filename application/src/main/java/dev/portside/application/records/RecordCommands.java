package dev.portside.application.records;

import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** The commands {@link RecordVault} accepts; each is validated as a whole before anything is touched. */
public final class RecordCommands {

    private RecordCommands() {
    }

    public record WriteRecord(TenantId tenant, String id, String sourceData, String mappedData, String modelVersion,
                              Instant timestamp, Map<String, String> metadata) {
    }

    public record ReadRecord(TenantId tenant, String id, boolean rewarm) {
    }

    public record Reconcile(TenantId tenant) {
    }

    /** {@code olderThan} defaults to the hot retention of the policy. */
    public record Cleanup(TenantId tenant, Option<Duration> olderThan, boolean dryRun) {
    }

    public record PlaceLegalHold(TenantId tenant, String id) {
    }

    public record ReleaseLegalHold(TenantId tenant, String id) {
    }

    public record ExtendRetention(TenantId tenant, String id, Instant until) {
    }

    public record FindByModelVersion(TenantId tenant, String modelVersion, Instant from, Instant to, int limit,
                                     Option<dev.portside.domain.kernel.Cursor> after) {
    }

    public record FindByMetadata(TenantId tenant, String key, String value, int limit,
                                 Option<dev.portside.domain.kernel.Cursor> after) {
    }

    public record CountPerDay(TenantId tenant, Instant from, Instant to) {
    }
}
