package dev.portside.domain.brands;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Stores the brand registry's documents (metadata, feedback, executions, escalations), tenant-scoped.
 * {@code create*} refuses an existing key ({@code AlreadyExists}); {@code save*} writes only over
 * the same stored revision and returns revision+1 ({@code Conflict} otherwise). A metadata write
 * together with the escalation it opens is all-or-nothing: a failure leaves neither behind, or
 * says exactly what could not be undone. An execution ARN names at most one execution of a tenant: creating a
 * second execution with a recorded ARN is {@code AlreadyExists} (kind "execution", id the ARN).
 */
public interface BrandDocumentStore {

    Either<Problem, BrandMetadata> createMetadata(BrandMetadata metadata, Option<Escalation> opened);

    Either<Problem, BrandMetadata> saveMetadata(BrandMetadata metadata, Option<Escalation> opened);

    Either<Problem, Option<BrandMetadata>> metadata(TenantId tenant, BrandId brandId);

    Either<Problem, Feedback> createFeedback(Feedback feedback);

    Either<Problem, Option<Feedback>> feedback(TenantId tenant, FeedbackId id);

    Either<Problem, WorkflowExecution> createExecution(WorkflowExecution execution);

    Either<Problem, WorkflowExecution> saveExecution(WorkflowExecution execution);

    Either<Problem, Option<WorkflowExecution>> execution(TenantId tenant, ExecutionId id);

    /** The execution recorded with this ARN, found through an index or pointer (never a scan). */
    Either<Problem, Option<WorkflowExecution>> executionByArn(TenantId tenant, ExecutionArn arn);

    /**
     * Creates an escalation on its own, as it is (a migrated one; the registry opens new ones with their metadata),
     * at the initial revision; {@code AlreadyExists} when its id is taken.
     */
    Either<Problem, Escalation> createEscalation(Escalation escalation);

    Either<Problem, Escalation> saveEscalation(Escalation escalation);

    Either<Problem, Option<Escalation>> escalation(TenantId tenant, EscalationId id);
}
