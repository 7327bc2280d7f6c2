package dev.portside.benchmarks.records;

import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.Record;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Deterministic records for the ingest benchmarks: ~300 bytes of payload, 3 metadata entries. */
final class BenchmarkRecords {

    static final TenantId TENANT = new TenantId("bench");

    private BenchmarkRecords() {
    }

    static List<Record> make(int count) {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        List<Record> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Instant at = start.plusMillis(i * 997L);
            records.add(Record.of(TENANT, "rec-" + i, "detector output " + i + " " + "x".repeat(150),
                    "{\"taxonomy\":\"PII.Email\",\"score\":0." + (i % 100) + "}", "model-" + (i % 4), at,
                    Map.of("detector", "d" + (i % 7), "region", "eu", "batch", Integer.toString(i / 1000)),
                    at.plus(Duration.ofDays(2557))).get());
        }
        return records;
    }

    static <T> List<List<T>> chunks(List<T> items, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            chunks.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        return chunks;
    }
}
