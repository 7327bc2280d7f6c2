package dev.portside.adapters.s3.brands;

import static dev.portside.testkit.brands.BrandSamples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.s3.testing.S3ProxyBackend;
import dev.portside.domain.brands.BrandMetadata;
import dev.portside.domain.brands.Escalation;
import dev.portside.domain.brands.Feedback;
import dev.portside.domain.brands.FeedbackCategory;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.testkit.brands.BrandSamples;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fault injection into every step of a metadata write that opens an escalation (put escalation,
 * put metadata, Athena visibility of each), with and without a failing compensation: afterwards no
 * partial state remains, or the error names the failed step and every object left to clean up.
 */
class S3BrandDualWriteTest {

    enum Step { PUT_ESCALATION, PUT_METADATA, VISIBILITY_OF_ESCALATION, VISIBILITY_OF_METADATA }

    private static S3ProxyBackend s3;
    private static String bucket;

    @BeforeContainer
    static void start() {
        s3 = S3ProxyBackend.shared();
        bucket = s3.newBucket();
    }

    private record Outcome(Either<Problem, BrandMetadata> result, TenantId tenant, BrandMetadata before,
                           Escalation escalation, BrandS3Layout layout) {
    }

    private static Outcome write(Step failing, boolean compensationFails, boolean update) {
        FaultyS3 faulty = new FaultyS3(s3.client());
        BrandS3Layout layout = new BrandS3Layout(bucket, "brands");
        TenantId tenant = BrandSamples.tenant("t" + UUID.randomUUID().toString().substring(0, 8));
        DocumentVisibility visibility = (t, kind, id) -> (failing == Step.VISIBILITY_OF_ESCALATION
                && kind.equals(BrandS3Layout.ESCALATIONS)) || (failing == Step.VISIBILITY_OF_METADATA
                && kind.equals(BrandS3Layout.METADATA))
                ? Either.left(new Problem.Unavailable("athena", true, "HIVE_METASTORE_ERROR injected"))
                : Either.right(true);
        S3BrandDocumentStore store = new S3BrandDocumentStore(faulty.client, layout, visibility);
        BrandMetadata before = null;
        if (update) {
            before = new S3BrandDocumentStore(s3.client(), layout, DocumentVisibility.NONE)
                    .createMetadata(BrandSamples.metadata(tenant, 77, "0.9", T0), Option.none()).get();
        }
        Escalation escalation = BrandSamples.escalation(tenant, 77, "0.2", T0);
        switch (failing) {
            case PUT_ESCALATION -> faulty.failPuts("/escalations/", 0);
            case PUT_METADATA -> faulty.failPuts("/metadata/", 0);
            default -> faulty.failPuts(compensationFails ? "/metadata/" : null, 1);
        }
        faulty.failDeletesOf = compensationFails ? "/brands/" : null;
        BrandMetadata next = BrandSamples.metadata(tenant, 77, "0.2", T0.plusSeconds(60));
        Either<Problem, BrandMetadata> result = update
                ? store.saveMetadata(next.withRevision(before.revision()), Option.some(escalation))
                : store.createMetadata(next, Option.some(escalation));
        return new Outcome(result, tenant, before, escalation, layout);
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void afterAFailedStepNothingPartialRemainsOrTheErrorNamesWhatToCleanUp(@ForAll Step failing,
            @ForAll boolean compensationFails, @ForAll boolean update) {
        Outcome outcome = write(failing, compensationFails, update);
        assertThat(outcome.result().isLeft()).isTrue();
        Problem problem = outcome.result().getLeft();
        assertThat(problem).isInstanceOf(Problem.Unavailable.class);
        String message = problem.message();
        String stepName = switch (failing) {
            case PUT_ESCALATION -> "put escalation";
            case PUT_METADATA -> "put metadata";
            case VISIBILITY_OF_ESCALATION -> "athena visibility check of the escalation";
            case VISIBILITY_OF_METADATA -> "athena visibility check of the metadata";
        };
        assertThat(message).contains("failed at step '" + stepName + "'");

        S3BrandDocumentStore reader = new S3BrandDocumentStore(s3.client(), outcome.layout(), DocumentVisibility.NONE);
        Option<Escalation> escalationLeft = reader.escalation(outcome.tenant(), outcome.escalation().id()).get();
        Option<BrandMetadata> metadataNow = reader.metadata(outcome.tenant(), new dev.portside.domain.brands.BrandId(77))
                .get();
        boolean metadataPartial = update ? !metadataNow.equals(Option.some(outcome.before())) : metadataNow.isDefined();
        List<String> leftovers = new java.util.ArrayList<>();
        if (escalationLeft.isDefined()) {
            leftovers.add(outcome.layout().url(outcome.layout().escalation(outcome.tenant(), outcome.escalation().id())));
        }
        if (metadataPartial) {
            leftovers.add(outcome.layout().url(outcome.layout().metadata(outcome.tenant(),
                    new dev.portside.domain.brands.BrandId(77))));
        }
        if (leftovers.isEmpty()) {
            assertThat(message).contains("no partial state remains");
        } else {
            assertThat(((Problem.Unavailable) problem).retriable()).isFalse();
            assertThat(message).contains("compensation FAILED");
            leftovers.forEach(url -> assertThat(message).contains("clean up manually").contains(url));
        }
        if (!compensationFails) {
            assertThat(leftovers).isEmpty();
        }
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void aFeedbackWriteThatCannotBeConfirmedIsDeletedOrNamesItsKey(@ForAll boolean compensationFails) {
        FaultyS3 faulty = new FaultyS3(s3.client());
        BrandS3Layout layout = new BrandS3Layout(bucket, "brands");
        TenantId tenant = BrandSamples.tenant("t" + UUID.randomUUID().toString().substring(0, 8));
        faulty.failDeletesOf = compensationFails ? "/feedback/" : null;
        S3BrandDocumentStore store = new S3BrandDocumentStore(faulty.client, layout,
                (t, kind, id) -> Either.left(new Problem.Unavailable("athena", true, "table not found")));
        Feedback feedback = BrandSamples.feedback(tenant, 5, FeedbackCategory.GENERAL, T0);
        Problem problem = store.createFeedback(feedback).getLeft();
        String url = layout.url(layout.feedback(tenant, feedback.id()));
        assertThat(problem.message()).contains("failed at step 'athena visibility check' (" + url + ")");
        boolean left = store.feedback(tenant, feedback.id()).get().isDefined();
        assertThat(left).isEqualTo(compensationFails);
        assertThat(problem.message()).contains(compensationFails ? "clean up manually: " + url
                : "compensation succeeded: deleted " + url);
    }
}
