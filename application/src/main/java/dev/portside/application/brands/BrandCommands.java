package dev.portside.application.brands;

import dev.portside.domain.kernel.Cursor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The commands of the {@link BrandRegistry}: raw input, checked all at once by the registry. An expected revision is
 * the one the caller read; a listing takes at most {@code limit} items after {@code after}, the cursor a previous
 * page gave (null for the first page).
 */
public final class BrandCommands {

    private BrandCommands() {
    }

    /** Stores a new generation; {@code expectedRevision} null creates, else updates that revision. */
    public record StoreMetadata(String tenant, long brandId, String brandName, String regex, List<String> mccIds,
                                BigDecimal confidence, Long expectedRevision) {
    }

    public record GetMetadata(String tenant, long brandId) {
    }

    public record SubmitFeedback(String tenant, long brandId, String text, String category) {
    }

    public record GetFeedback(String tenant, String feedbackId) {
    }

    /**
     * Starts a run; {@code arn} is the workflow engine's (Step Functions) execution ARN, optional, and names at
     * most one execution of the tenant.
     */
    public record StartExecution(String tenant, long brandId, String arn) {
    }

    public record FinishExecution(String tenant, String executionId, String status, String error,
                                  Long expectedRevision) {
    }

    public record GetExecution(String tenant, String executionId) {
    }

    /** The execution recorded with a Step Functions execution ARN. */
    public record GetExecutionByArn(String tenant, String arn) {
    }

    public record MoveEscalation(String tenant, String escalationId, String status, String note,
                                 Long expectedRevision) {
    }

    public record GetEscalation(String tenant, String escalationId) {
    }

    public record ListBrandsBelow(String tenant, BigDecimal confidence, int limit, Cursor after) {
    }

    public record ListFeedbackByCategory(String tenant, String category, LocalDate from, LocalDate to,
                                         int limit, Cursor after) {
    }

    /** A brand's feedback, in submission order. */
    public record ListBrandFeedback(String tenant, long brandId, int limit, Cursor after) {
    }

    /** A brand's escalations of any status, in escalation order. */
    public record ListBrandEscalations(String tenant, long brandId, int limit, Cursor after) {
    }

    public record ListOpenEscalations(String tenant, int limit, Cursor after) {
    }

    public record ListExecutionsByStatus(String tenant, String status, LocalDate from, LocalDate to,
                                         int limit, Cursor after) {
    }

    /** Escalations by status, of those escalated in the inclusive day range. */
    public record CountEscalationsByStatus(String tenant, LocalDate from, LocalDate to) {
    }

    /** Executions by status, of those started in the inclusive day range. */
    public record CountExecutionsByStatus(String tenant, LocalDate from, LocalDate to) {
    }

    /** Feedback by category, of that submitted in the inclusive day range. */
    public record CountFeedbackByCategory(String tenant, LocalDate from, LocalDate to) {
    }

    /** Documents of {@code kind} (FEEDBACK, EXECUTIONS, ESCALATIONS) per day of the inclusive range. */
    public record CountByDay(String tenant, String kind, LocalDate from, LocalDate to) {
    }

    /**
     * Brands by confidence range: equal ranges of {@code width}, or the ranges between explicit inner
     * {@code bounds}; give one of them (neither: ranges of {@link dev.portside.domain.brands.ConfidenceBuckets#DEFAULT_WIDTH}).
     */
    public record CountBrandsByConfidence(String tenant, BigDecimal width, List<BigDecimal> bounds) {
    }

    /**
     * Copies brand metadata from the source system's original layout into the current one, under {@code tenant};
     * {@code dryRun} validates and counts without writing.
     */
    public record MigrateLayout(String tenant, boolean dryRun) {
    }
}
