package dev.portside.domain.brands;

import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import java.time.LocalDate;

/**
 * Typed analytical queries over the registry's documents, tenant-scoped and paged with signed
 * cursors; callers never pass SQL or a filter string. Date ranges are inclusive days (UTC). Orders:
 * brands by confidence then id; feedback by submission time then id; escalations by escalation
 * time then id; executions by start time then id; a brand's feedback by submission time then id and its
 * escalations (any status) by escalation time then id. Cursors are bound to the tenant and to the query
 * with all its arguments (the brand included).
 */
public interface BrandAnalytics {

    Either<Problem, Page<BrandSummary>> brandsBelow(TenantId tenant, Confidence below, PageRequest page);

    Either<Problem, Page<Feedback>> feedback(TenantId tenant, FeedbackCategory category, LocalDate from,
                                            LocalDate to, PageRequest page);

    Either<Problem, Page<Escalation>> openEscalations(TenantId tenant, PageRequest page);

    Either<Problem, Page<Feedback>> feedbackOfBrand(TenantId tenant, BrandId brand, PageRequest page);

    Either<Problem, Page<Escalation>> escalationsOfBrand(TenantId tenant, BrandId brand, PageRequest page);

    Either<Problem, Page<WorkflowExecution>> executions(TenantId tenant, ExecutionStatus status, LocalDate from,
                                                       LocalDate to, PageRequest page);
}
