package dev.portside.adapters.sql.brands;

import dev.portside.adapters.sql.support.Guard;
import dev.portside.adapters.sql.support.Keyset;
import dev.portside.adapters.sql.support.Keyset.Key;
import dev.portside.adapters.sql.support.Pager;
import dev.portside.domain.brands.BrandAnalytics;
import dev.portside.domain.brands.BrandId;
import dev.portside.domain.brands.BrandSummary;
import dev.portside.domain.brands.Confidence;
import dev.portside.domain.brands.ConfidenceBuckets;
import dev.portside.domain.brands.ConfidenceRange;
import dev.portside.domain.brands.DatedKind;
import dev.portside.domain.brands.EscalationStatus;
import dev.portside.domain.brands.Tally;
import dev.portside.domain.brands.Escalation;
import dev.portside.domain.brands.ExecutionStatus;
import dev.portside.domain.brands.Feedback;
import dev.portside.domain.brands.FeedbackCategory;
import dev.portside.domain.brands.WorkflowExecution;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;

/**
 * Brand analytics over the brand document tables in PostgreSQL: each query pages by keyset with signed cursors on
 * the index made for it, in the same orders as the other analytics adapters.
 */
public final class PostgresBrandAnalytics implements BrandAnalytics {

    private final Pager pager;
    private final Guard guard;

    public PostgresBrandAnalytics(Jdbi jdbi, CursorCodec cursors) {
        this.guard = Guard.postgres(jdbi);
        this.pager = new Pager(guard, cursors);
    }

    @Override
    public Either<Problem, List<Tally<EscalationStatus>>> escalationsByStatus(TenantId tenant, LocalDate from,
                                                                              LocalDate to) {
        return count("count escalations by status", "status", EscalationRows.TABLE, "escalated_at", tenant, from, to,
                EscalationStatus::valueOf, List.of(EscalationStatus.values()));
    }

    @Override
    public Either<Problem, List<Tally<ExecutionStatus>>> executionsByStatus(TenantId tenant, LocalDate from,
                                                                            LocalDate to) {
        return count("count executions by status", "status", ExecutionRows.TABLE, "started_at", tenant, from, to,
                ExecutionStatus::valueOf, List.of(ExecutionStatus.values()));
    }

    @Override
    public Either<Problem, List<Tally<FeedbackCategory>>> feedbackByCategory(TenantId tenant, LocalDate from,
                                                                             LocalDate to) {
        return count("count feedback by category", "category", FeedbackRows.TABLE, "submitted_at", tenant, from, to,
                FeedbackCategory::valueOf, List.of(FeedbackCategory.values()));
    }

    @Override
    public Either<Problem, List<Tally<LocalDate>>> countsByDay(TenantId tenant, DatedKind kind, LocalDate from,
                                                               LocalDate to) {
        String column = switch (kind) {
            case FEEDBACK -> "submitted_at";
            case EXECUTIONS -> "started_at";
            case ESCALATIONS -> "escalated_at";
        };
        String table = switch (kind) {
            case FEEDBACK -> FeedbackRows.TABLE;
            case EXECUTIONS -> ExecutionRows.TABLE;
            case ESCALATIONS -> EscalationRows.TABLE;
        };
        return count("count " + kind.name().toLowerCase(java.util.Locale.ROOT) + " by day",
                "to_char(" + column + " AT TIME ZONE 'UTC', 'YYYY-MM-DD')", table, column, tenant, from, to,
                LocalDate::parse, BrandAnalytics.days(from, to));
    }

    /**
     * Brands by confidence range: one {@code CASE} with a bound parameter per range bound (the text depends only on
     * how many bounds there are).
     */
    @Override
    public Either<Problem, List<Tally<ConfidenceRange>>> brandsByConfidence(TenantId tenant,
                                                                            ConfidenceBuckets buckets) {
        StringBuilder bucket = new StringBuilder("CASE");
        for (int i = 0; i < buckets.bounds().size(); i++) {
            bucket.append(" WHEN confidence < :b").append(i).append(" THEN ").append(i);
        }
        bucket.append(" ELSE ").append(buckets.bounds().size()).append(" END");
        List<ConfidenceRange> ranges = buckets.ranges();
        return guard.read("count brands by confidence", h -> {
            var query = h.createQuery("SELECT " + bucket + " AS key, count(*) AS n FROM " + MetadataRows.TABLE
                    + " WHERE tenant = :tenant GROUP BY 1").bind("tenant", tenant.value());
            for (int i = 0; i < buckets.bounds().size(); i++) {
                query.bind("b" + i, buckets.bounds().get(i).value());
            }
            Map<ConfidenceRange, Long> counts = new HashMap<>();
            query.map((rs, ctx) -> Map.entry(ranges.get(rs.getInt("key")), rs.getLong("n")))
                    .forEach(e -> counts.put(e.getKey(), e.getValue()));
            return Tally.complete(ranges, counts);
        });
    }

    private <K> Either<Problem, List<Tally<K>>> count(String operation, String key, String table, String time,
                                                      TenantId tenant, LocalDate from, LocalDate to,
                                                      Function<String, K> parse, List<K> keys) {
        return guard.read(operation, h -> {
            Map<K, Long> counts = new HashMap<>();
            h.createQuery("SELECT " + key + " AS key, count(*) AS n FROM " + table + " WHERE tenant = :tenant AND "
                            + time + " >= :from AND " + time + " < :to GROUP BY 1")
                    .bind("tenant", tenant.value()).bind("from", start(from)).bind("to", start(to.plusDays(1)))
                    .map((rs, ctx) -> Map.entry(parse.apply(rs.getString("key")), rs.getLong("n")))
                    .forEach(e -> counts.put(e.getKey(), e.getValue()));
            return Tally.complete(keys, counts);
        });
    }

    @Override
    public Either<Problem, Page<BrandSummary>> brandsBelow(TenantId tenant, Confidence below, PageRequest page) {
        return pager.page(tenant, "brands.below|" + below, page,
                "SELECT * FROM brand_metadata WHERE tenant = :tenant AND confidence < :below",
                q -> q.bind("below", below.value()),
                Keyset.ascending(Key.decimal("confidence", s -> s.confidence().value()),
                        Key.number("brand_id", s -> s.brandId().value())), MetadataRows.summary());
    }

    @Override
    public Either<Problem, Page<Feedback>> feedback(TenantId tenant, FeedbackCategory category, LocalDate from,
                                                   LocalDate to, PageRequest page) {
        return pager.page(tenant, "brands.feedback|" + category + "|" + from + "|" + to, page,
                "SELECT * FROM brand_feedback WHERE tenant = :tenant AND category = :category"
                        + " AND submitted_at >= :from AND submitted_at < :to",
                q -> q.bind("category", category.name()).bind("from", start(from)).bind("to", start(to.plusDays(1))),
                Keyset.ascending(Key.instant("submitted_at", Feedback::submittedAt),
                        Key.text("feedback_id", f -> f.id().value())), FeedbackRows.feedback(tenant));
    }

    @Override
    public Either<Problem, Page<Feedback>> feedbackOfBrand(TenantId tenant, BrandId brand, PageRequest page) {
        return pager.page(tenant, "brands.feedbackOfBrand|" + brand, page,
                "SELECT * FROM brand_feedback WHERE tenant = :tenant AND brand_id = :brand",
                q -> q.bind("brand", brand.value()),
                Keyset.ascending(Key.instant("submitted_at", Feedback::submittedAt),
                        Key.text("feedback_id", f -> f.id().value())), FeedbackRows.feedback(tenant));
    }

    @Override
    public Either<Problem, Page<Escalation>> escalationsOfBrand(TenantId tenant, BrandId brand, PageRequest page) {
        return pager.page(tenant, "brands.escalationsOfBrand|" + brand, page,
                "SELECT * FROM brand_escalations WHERE tenant = :tenant AND brand_id = :brand",
                q -> q.bind("brand", brand.value()),
                Keyset.ascending(Key.instant("escalated_at", Escalation::escalatedAt),
                        Key.text("escalation_id", e -> e.id().value())), EscalationRows.escalation(tenant));
    }

    @Override
    public Either<Problem, Page<Escalation>> openEscalations(TenantId tenant, PageRequest page) {
        return pager.page(tenant, "brands.openEscalations", page,
                "SELECT * FROM brand_escalations WHERE tenant = :tenant AND status = 'OPEN'", q -> q,
                Keyset.ascending(Key.instant("escalated_at", Escalation::escalatedAt),
                        Key.text("escalation_id", e -> e.id().value())), EscalationRows.escalation(tenant));
    }

    @Override
    public Either<Problem, Page<WorkflowExecution>> executions(TenantId tenant, ExecutionStatus status,
                                                              LocalDate from, LocalDate to, PageRequest page) {
        return pager.page(tenant, "brands.executions|" + status + "|" + from + "|" + to, page,
                "SELECT * FROM brand_executions WHERE tenant = :tenant AND status = :status"
                        + " AND started_at >= :from AND started_at < :to",
                q -> q.bind("status", status.name()).bind("from", start(from)).bind("to", start(to.plusDays(1))),
                Keyset.ascending(Key.instant("started_at", WorkflowExecution::startedAt),
                        Key.text("execution_id", e -> e.id().value())), ExecutionRows.execution(tenant));
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
