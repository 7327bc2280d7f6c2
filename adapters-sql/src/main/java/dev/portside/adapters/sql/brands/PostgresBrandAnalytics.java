package dev.portside.adapters.sql.brands;

import dev.portside.adapters.sql.support.Guard;
import dev.portside.adapters.sql.support.Keyset;
import dev.portside.adapters.sql.support.Keyset.Key;
import dev.portside.adapters.sql.support.Pager;
import dev.portside.domain.brands.BrandAnalytics;
import dev.portside.domain.brands.BrandId;
import dev.portside.domain.brands.BrandSummary;
import dev.portside.domain.brands.Confidence;
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
import org.jdbi.v3.core.Jdbi;

/**
 * Brand analytics over the brand document tables in PostgreSQL: each query pages by keyset with signed cursors on
 * the index made for it, in the same orders as the other analytics adapters.
 */
public final class PostgresBrandAnalytics implements BrandAnalytics {

    private final Pager pager;

    public PostgresBrandAnalytics(Jdbi jdbi, CursorCodec cursors) {
        this.pager = new Pager(Guard.postgres(jdbi), cursors);
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
