package dev.portside.adapters.inmemory.brands;

import dev.portside.domain.brands.BrandSummary;
import dev.portside.domain.brands.Escalation;
import dev.portside.domain.brands.Feedback;
import dev.portside.domain.brands.WorkflowExecution;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Sort keys whose string order is the analytics order (fixed-width numbers and timestamps). */
final class SortKeys {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private SortKeys() {
    }

    static String brand(BrandSummary row) {
        return row.confidence().value().toPlainString() + "|" + String.format("%019d", row.brandId().value());
    }

    static String feedback(Feedback row) {
        return time(row.submittedAt()) + "|" + row.id().value();
    }

    static String escalation(Escalation row) {
        return time(row.escalatedAt()) + "|" + row.id().value();
    }

    static String execution(WorkflowExecution row) {
        return time(row.startedAt()) + "|" + row.id().value();
    }

    private static String time(Instant at) {
        return TIME.format(at);
    }
}
