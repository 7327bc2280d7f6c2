package dev.portside.domain.brands;

import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;

/**
 * Typed analytical queries over the registry's documents, tenant-scoped and paged with signed
 * cursors; callers never pass SQL or a filter string. Date ranges are inclusive days (UTC). Orders:
 * brands by confidence then id; feedback by submission time then id; escalations by escalation
 * time then id; executions by start time then id; a brand's feedback by submission time then id and its
 * escalations (any status) by escalation time then id. Cursors are bound to the tenant and to the query
 * with all its arguments (the brand included).
 *
 * <p>Aggregates count documents of one tenant and answer every key, zero included, in a fixed order: statuses and
 * categories in their declared order, every day of the (inclusive, UTC) range, every confidence range lowest first.
 * Days are those of the submission, start and escalation time.
 */
public interface BrandAnalytics {

    Either<Problem, Page<BrandSummary>> brandsBelow(TenantId tenant, Confidence below, PageRequest page);

    Either<Problem, Page<Feedback>> feedback(TenantId tenant, FeedbackCategory category, LocalDate from,
                                            LocalDate to, PageRequest page);

    Either<Problem, Page<Escalation>> openEscalations(TenantId tenant, PageRequest page);

    Either<Problem, Page<Feedback>> feedbackOfBrand(TenantId tenant, BrandId brand, PageRequest page);

    Either<Problem, Page<Escalation>> escalationsOfBrand(TenantId tenant, BrandId brand, PageRequest page);

    Either<Problem, List<Tally<EscalationStatus>>> escalationsByStatus(TenantId tenant, LocalDate from, LocalDate to);

    Either<Problem, List<Tally<ExecutionStatus>>> executionsByStatus(TenantId tenant, LocalDate from, LocalDate to);

    Either<Problem, List<Tally<FeedbackCategory>>> feedbackByCategory(TenantId tenant, LocalDate from, LocalDate to);

    Either<Problem, List<Tally<LocalDate>>> countsByDay(TenantId tenant, DatedKind kind, LocalDate from, LocalDate to);

    /** Brands (their current metadata) by confidence range. */
    Either<Problem, List<Tally<ConfidenceRange>>> brandsByConfidence(TenantId tenant, ConfidenceBuckets buckets);

    /** Every day from {@code from} to {@code to}, inclusive. */
    static List<LocalDate> days(LocalDate from, LocalDate to) {
        return from.datesUntil(to.plusDays(1)).toList();
    }

    Either<Problem, Page<WorkflowExecution>> executions(TenantId tenant, ExecutionStatus status, LocalDate from,
                                                       LocalDate to, PageRequest page);
}
