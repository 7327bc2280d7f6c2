package dev.portside.testkit.brands;

import static dev.portside.testkit.brands.BrandSamples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.brands.BrandDocumentStore;
import dev.portside.domain.brands.BrandMetadata;
import dev.portside.domain.brands.Escalation;
import dev.portside.domain.brands.EscalationStatus;
import dev.portside.domain.brands.ExecutionStatus;
import dev.portside.domain.brands.ExecutionId;
import dev.portside.domain.brands.ExecutionArn;
import dev.portside.domain.brands.Feedback;
import dev.portside.domain.brands.FeedbackCategory;
import dev.portside.domain.brands.WorkflowExecution;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Option;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link BrandDocumentStore}: create refuses existing keys, save checks the
 * revision and returns revision+1, reads are tenant-scoped, and a metadata write with the
 * escalation it opens is all-or-nothing.
 */
public abstract class BrandDocumentStoreContract {

    private static final AtomicLong BRANDS = new AtomicLong(1000);

    protected abstract BrandDocumentStore store();

    protected TenantId freshTenant() {
        return BrandSamples.tenant("t" + UUID.randomUUID().toString().substring(0, 8));
    }

    protected long freshBrand() {
        return BRANDS.incrementAndGet();
    }

    @Test
    void createdMetadataIsReadBackEqualWithTheFirstRevision() {
        TenantId tenant = freshTenant();
        BrandMetadata metadata = BrandSamples.metadata(tenant, freshBrand(), "0.9", T0);
        assertThat(store().createMetadata(metadata, Option.none()).get()).isEqualTo(metadata);
        assertThat(store().metadata(tenant, metadata.brandId()).get()).contains(metadata);
    }

    @Test
    void creatingMetadataTwiceIsRefusedAsAlreadyExisting() {
        TenantId tenant = freshTenant();
        BrandMetadata metadata = BrandSamples.metadata(tenant, freshBrand(), "0.9", T0);
        store().createMetadata(metadata, Option.none());
        assertThat(store().createMetadata(metadata, Option.none()).getLeft())
                .isInstanceOf(Problem.AlreadyExists.class);
    }

    @Test
    void savingMetadataIncrementsTheRevisionAndAStaleSaveIsAConflictWithBothRevisions() {
        TenantId tenant = freshTenant();
        BrandMetadata metadata = BrandSamples.metadata(tenant, freshBrand(), "0.9", T0);
        store().createMetadata(metadata, Option.none());
        BrandMetadata saved = store().saveMetadata(metadata, Option.none()).get();
        assertThat(saved.revision()).isEqualTo(new Revision(2));
        assertThat(store().metadata(tenant, metadata.brandId()).get()).contains(saved);
        Problem stale = store().saveMetadata(metadata, Option.none()).getLeft();
        assertThat(stale).isEqualTo(new Problem.Conflict("brand metadata", "brand " + metadata.brandId(),
                Revision.INITIAL, new Revision(2)));
    }

    @Test
    void savingMetadataThatWasNeverCreatedIsAConflict() {
        TenantId tenant = freshTenant();
        BrandMetadata metadata = BrandSamples.metadata(tenant, freshBrand(), "0.9", T0);
        assertThat(store().saveMetadata(metadata, Option.none()).getLeft())
                .isInstanceOf(Problem.Conflict.class);
        assertThat(store().metadata(tenant, metadata.brandId()).get()).isEmpty();
    }

    @Test
    void metadataWithAnOpenedEscalationStoresBoth() {
        TenantId tenant = freshTenant();
        long brand = freshBrand();
        Escalation escalation = BrandSamples.escalation(tenant, brand, "0.2", T0);
        BrandMetadata metadata = BrandSamples.metadata(tenant, brand, "0.2", T0);
        store().createMetadata(metadata, Option.some(escalation)).get();
        assertThat(store().escalation(tenant, escalation.id()).get()).contains(escalation);
    }

    @Test
    void aRefusedMetadataWriteLeavesNoEscalationBehind() {
        TenantId tenant = freshTenant();
        long brand = freshBrand();
        BrandMetadata metadata = BrandSamples.metadata(tenant, brand, "0.2", T0);
        store().createMetadata(metadata, Option.none());
        Escalation escalation = BrandSamples.escalation(tenant, brand, "0.2", T0);
        assertThat(store().saveMetadata(metadata.withRevision(new Revision(7)), Option.some(escalation))
                .getLeft()).isInstanceOf(Problem.Conflict.class);
        assertThat(store().escalation(tenant, escalation.id()).get()).isEmpty();
        assertThat(store().metadata(tenant, metadata.brandId()).get()).contains(metadata);
    }

    @Test
    void anotherTenantSeesNothing() {
        TenantId tenant = freshTenant();
        TenantId other = freshTenant();
        long brand = freshBrand();
        Feedback feedback = BrandSamples.feedback(tenant, brand, FeedbackCategory.GENERAL, T0);
        BrandMetadata metadata = BrandSamples.metadata(tenant, brand, "0.9", T0);
        store().createMetadata(metadata, Option.none());
        store().createFeedback(feedback);
        assertThat(store().metadata(other, metadata.brandId()).get()).isEmpty();
        assertThat(store().feedback(other, feedback.id()).get()).isEmpty();
        BrandMetadata theirs = BrandSamples.metadata(other, brand, "0.5", T0);
        assertThat(store().createMetadata(theirs, Option.none()).get()).isEqualTo(theirs);
        assertThat(store().metadata(tenant, metadata.brandId()).get()).contains(metadata);
        assertThat(store().metadata(other, metadata.brandId()).get()).contains(theirs);
    }

    @Test
    void feedbackIsCreatedOnceAndReadBackEqual() {
        TenantId tenant = freshTenant();
        Feedback feedback = BrandSamples.feedback(tenant, freshBrand(), FeedbackCategory.REGEX_CORRECTION, T0);
        assertThat(store().createFeedback(feedback).get()).isEqualTo(feedback);
        assertThat(store().feedback(tenant, feedback.id()).get()).contains(feedback);
        assertThat(store().createFeedback(feedback).getLeft()).isInstanceOf(Problem.AlreadyExists.class);
    }

    @Test
    void anExecutionIsFoundByItsArnAndAnArnNamesOneExecutionOfATenant() {
        TenantId tenant = freshTenant();
        WorkflowExecution started = BrandSamples.execution(tenant, freshBrand(), T0);
        ExecutionArn arn = new ExecutionArn(started.arn().get());
        store().createExecution(started).get();
        assertThat(store().executionByArn(tenant, arn).get()).contains(started);

        WorkflowExecution finished = store().saveExecution(started.finish(ExecutionStatus.SUCCEEDED,
                T0.plusSeconds(9), Option.none()).get()).get();
        assertThat(store().executionByArn(tenant, arn).get()).contains(finished);
        assertThat(store().executionByArn(freshTenant(), arn).get()).isEmpty();
        assertThat(store().executionByArn(tenant, new ExecutionArn(BrandSamples.arn(1, "never"))).get()).isEmpty();

        WorkflowExecution twin = WorkflowExecution.start(tenant, ExecutionId.issue(BrandSamples.day(T0), "twin"
                + UUID.randomUUID()), started.arn(), started.brandId(), T0);
        assertThat(store().createExecution(twin).getLeft())
                .isEqualTo(new Problem.AlreadyExists("execution", arn.value()));
        assertThat(store().execution(tenant, twin.id()).get()).isEmpty();
        assertThat(store().executionByArn(tenant, arn).get()).contains(finished);

        TenantId other = freshTenant();
        WorkflowExecution elsewhere = WorkflowExecution.start(other, twin.id(), started.arn(), started.brandId(), T0);
        store().createExecution(elsewhere).get();
        assertThat(store().executionByArn(other, arn).get()).contains(elsewhere);
    }

    @Test
    void anExecutionIsFinishedOnceUnderItsRevision() {
        TenantId tenant = freshTenant();
        WorkflowExecution started = BrandSamples.execution(tenant, freshBrand(), T0);
        store().createExecution(started).get();
        WorkflowExecution failed = started.finish(ExecutionStatus.FAILED, T0.plusSeconds(45), Option.some("boom"))
                .get();
        WorkflowExecution saved = store().saveExecution(failed).get();
        assertThat(saved.revision()).isEqualTo(new Revision(2));
        assertThat(store().execution(tenant, started.id()).get()).contains(saved);
        assertThat(store().saveExecution(failed).getLeft()).isInstanceOf(Problem.Conflict.class);
        assertThat(store().createExecution(started).getLeft()).isInstanceOf(Problem.AlreadyExists.class);
    }

    @Test
    void anEscalationMovesUnderItsRevision() {
        TenantId tenant = freshTenant();
        long brand = freshBrand();
        Escalation escalation = BrandSamples.escalation(tenant, brand, "0.1", T0);
        store().createMetadata(BrandSamples.metadata(tenant, brand, "0.1", T0), Option.some(escalation));
        Escalation review = escalation.moveTo(EscalationStatus.IN_REVIEW, Option.none(), T0.plusSeconds(5)).get();
        Escalation saved = store().saveEscalation(review).get();
        assertThat(saved.revision()).isEqualTo(new Revision(2));
        assertThat(store().escalation(tenant, escalation.id()).get()).contains(saved);
        assertThat(store().saveEscalation(review).getLeft()).isInstanceOf(Problem.Conflict.class);
    }

    @Test
    void anEscalationCreatedOnItsOwnKeepsItsStatusAndIsCreatedOnce() {
        TenantId tenant = freshTenant();
        Escalation open = BrandSamples.escalation(tenant, freshBrand(), "0.2", T0);
        Escalation resolved = new Escalation(tenant, open.id(), open.brandId(), open.brandName(), open.reason(),
                open.confidence(), T0, EscalationStatus.RESOLVED, Option.some("fixed by hand"), T0.plusSeconds(60),
                new Revision(7));
        Escalation created = store().createEscalation(resolved).get();
        assertThat(created).isEqualTo(resolved.withRevision(Revision.INITIAL));
        assertThat(store().escalation(tenant, open.id()).get()).contains(created);
        assertThat(store().createEscalation(open).getLeft()).isInstanceOf(Problem.AlreadyExists.class);
        assertThat(store().escalation(tenant, open.id()).get()).contains(created);
        assertThat(store().escalation(freshTenant(), open.id()).get()).isEmpty();
    }

    @Test
    void missingDocumentsAreEmptyNotErrors() {
        TenantId tenant = freshTenant();
        Feedback feedback = BrandSamples.feedback(tenant, freshBrand(), FeedbackCategory.GENERAL, T0);
        WorkflowExecution execution = BrandSamples.execution(tenant, 1, T0);
        Escalation escalation = BrandSamples.escalation(tenant, 1, "0.1", T0);
        assertThat(store().feedback(tenant, feedback.id()).get()).isEmpty();
        assertThat(store().execution(tenant, execution.id()).get()).isEmpty();
        assertThat(store().escalation(tenant, escalation.id()).get()).isEmpty();
        assertThat(store().metadata(tenant, new dev.portside.domain.brands.BrandId(freshBrand())).get()).isEmpty();
    }
}
