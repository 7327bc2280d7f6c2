package dev.portside.adapters.s3.brands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.portside.adapters.inmemory.brands.InMemoryBrandStore;
import dev.portside.adapters.s3.testing.S3ProxyBackend;
import dev.portside.application.brands.BrandCommands.GetMetadata;
import dev.portside.application.brands.BrandCommands.MigrateLayout;
import dev.portside.application.brands.BrandRegistry;
import dev.portside.application.brands.BrandRegistrySettings;
import dev.portside.application.brands.BrandCommands.GetEscalation;
import dev.portside.application.brands.BrandCommands.GetExecution;
import dev.portside.application.brands.BrandCommands.GetExecutionByArn;
import dev.portside.application.brands.BrandCommands.GetFeedback;
import dev.portside.application.brands.LayoutMigrationReport;
import dev.portside.application.brands.LayoutMigrationReport.Counts;
import dev.portside.application.brands.LayoutMigrationReport.Kind;
import dev.portside.domain.brands.Escalation;
import dev.portside.domain.brands.EscalationStatus;
import dev.portside.domain.brands.ExecutionStatus;
import dev.portside.domain.brands.Feedback;
import dev.portside.domain.brands.FeedbackCategory;
import dev.portside.domain.brands.WorkflowExecution;
import dev.portside.domain.brands.BrandMetadata;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.IdGenerator;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.UseCaseObserver;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * The layout migration from the original objects ({@code metadata/brand_<id>.json},
 * {@code feedback/brand_<id>_<uuid>.json}, {@code workflow-executions/<id>.json},
 * {@code escalations/brand_<id>_<uuid>.json}), on s3proxy.
 */
class S3LegacyLayoutMigrationTest {

    @RegisterExtension
    static final S3ProxyBackend S3 = S3ProxyBackend.shared();
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private static final String ARN = "arn:aws:states:eu-west-1:123456789012:execution:workflow:exec-123";
    private static final String PRIVATE = "call jane.doe@example.com";
    private static final List<Kind> KINDS = List.of(Kind.METADATA, Kind.FEEDBACK, Kind.EXECUTIONS, Kind.ESCALATIONS);

    private String bucket;
    private BrandRegistry registry;

    @BeforeEach
    void legacyBucket() {
        bucket = S3.newBucket();
        put("metadata/brand_123.json", "{\"brandname\": \"Test Brand\", \"regex\": \"test.*\", \"mccids\": [5411, 5412],"
                + " \"confidence_score\": 0.95, \"brandid\": 123, \"generated_at\": \"2026-11-21T10:15:30.123456\"}");
        put("metadata/brand_124.json", "{\"brandid\": 124, \"brandname\": \"Vet Clinic\", \"regex\": \"(?i)vet\","
                + " \"mccids\": [742], \"confidence_score\": 0.4}");
        put("metadata/brand_125.json", "{\"brandid\": 125, \"brandname\": \"Bad\", \"regex\": \"(a+)+$\","
                + " \"mccids\": [5411], \"confidence_score\": 1.5}");
        put("metadata/brand_126.json", "{not json");
        put("metadata/notes.txt", "not a document");
        put("feedback/brand_123_6f1c2a4e-0b7d-4e55-9d1a-3c2f1e0a9b10.json", "{\"feedback_id\": \"6f1c2a4e\","
                + " \"brandid\": 123, \"feedback_text\": \"The regex is incorrect\", \"category\": \"regex_correction\","
                + " \"submitted_at\": \"2026-11-22T09:00:00.5\"}");
        put("feedback/brand_124_0a2b.json", "{\"brandid\": 124, \"feedback_text\": \"Wrong code\","
                + " \"category\": \"mcc_correction\"}");
        put("feedback/brand_125_9c9c.json", "{\"brandid\": 125, \"feedback_text\": \"" + PRIVATE
                + "\\u0000\", \"category\": \"praise\"}");
        put("workflow-executions/exec-123.json", "{\"execution_arn\": \"" + ARN + "\", \"brandid\": 123,"
                + " \"status\": \"SUCCEEDED\", \"duration_seconds\": 45, \"start_time\": \"2026-11-21T10:00:00Z\"}");
        put("workflow-executions/exec-124.json", "{\"brandid\": 124, \"status\": \"RUNNING\"}");
        put("workflow-executions/exec-125.json", "{\"execution_arn\": \"" + ARN + "\", \"brandid\": 125,"
                + " \"status\": \"FAILED\", \"start_time\": \"2026-11-21T12:00:00Z\"}");
        put("workflow-executions/exec-126.json", "{\"execution_arn\": \"not-an-arn\", \"brandid\": 126,"
                + " \"status\": \"DONE\", \"duration_seconds\": -5}");
        put("escalations/brand_123_aa11.json", "{\"escalation_id\": \"aa11\", \"brandid\": 123,"
                + " \"brandname\": \"Test Brand\", \"reason\": \"Low confidence score\", \"confidence_score\": 0.45,"
                + " \"escalated_at\": \"2026-11-21T11:00:00Z\", \"status\": \"resolved\"}");
        put("escalations/brand_124_bb22.json", "{\"brandid\": 124, \"brandname\": \"Vet Clinic\","
                + " \"reason\": \"Low confidence score\", \"confidence_score\": 0.4}");
        put("escalations/brand_124_dd44.json", "{\"brandid\": 124, \"brandname\": \"Vet Clinic\","
                + " \"reason\": \"Still low\", \"confidence_score\": 0.3, \"status\": \"OPEN\"}");
        put("escalations/brand_125_cc33.json", "{\"brandid\": 125, \"brandname\": \"Bad\", \"reason\": \"x\","
                + " \"confidence_score\": 0.12345, \"status\": \"pending\", \"escalated_at\": \"yesterday\"}");
        registry = registry();
    }

    private BrandRegistry registry() {
        return registry(S3.client());
    }

    private BrandRegistry registry(S3Client client) {
        InMemoryBrandStore analytics = new InMemoryBrandStore(CursorCodec.fromSecret("brands-test-key"));
        return new BrandRegistry(new S3BrandDocumentStore(client, new BrandS3Layout(bucket, "brands"),
                DocumentVisibility.NONE), analytics, new S3LegacyBrandDocuments(S3.client(), bucket, ""),
                Clock.fixed(NOW, ZoneOffset.UTC), IdGenerator.sequential("m"), BrandRegistrySettings.defaults(),
                UseCaseObserver.NONE);
    }

    private void put(String key, String body) {
        S3.client().putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(body));
    }

    @Test
    void aDryRunValidatesAndCountsEveryKindButWritesNothing() {
        LayoutMigrationReport report = registry.migrateLayout(new MigrateLayout("acme", true)).get();
        assertThat(KINDS.stream().map(report::of)).containsExactly(new Counts(Kind.METADATA, 4, 2, 0, 2),
                new Counts(Kind.FEEDBACK, 3, 2, 0, 1), new Counts(Kind.EXECUTIONS, 4, 2, 0, 2),
                new Counts(Kind.ESCALATIONS, 4, 2, 0, 2));
        assertThat(report).extracting(LayoutMigrationReport::scanned, LayoutMigrationReport::migrated,
                LayoutMigrationReport::alreadyMigrated, LayoutMigrationReport::refused).containsExactly(15, 8, 0, 7);
        assertThat(registry.metadata(new GetMetadata("acme", 123)).getLeft()).isInstanceOf(Problem.NotFound.class);
        assertThat(migrated("feedback")).isEmpty();
        assertThat(migrated("executions")).isEmpty();
        assertThat(migrated("escalations")).isEmpty();
        assertThat(migrated("execution_arns")).isEmpty();
    }

    @Test
    void validDocumentsMoveToTheTenantsLayoutInvalidOnesAreNamedAndAReRunSkipsWhatIsDone() {
        LayoutMigrationReport report = registry.migrateLayout(new MigrateLayout("acme", false)).get();
        assertThat(KINDS.stream().map(report::of)).containsExactly(new Counts(Kind.METADATA, 4, 2, 0, 2),
                new Counts(Kind.FEEDBACK, 3, 2, 0, 1), new Counts(Kind.EXECUTIONS, 4, 2, 0, 2),
                new Counts(Kind.ESCALATIONS, 4, 2, 0, 2));
        assertThat(report.refusals()).hasSize(7);
        assertThat(report.refusals().get(0)).startsWith("s3://" + bucket + "/metadata/brand_125.json: ")
                .contains("regex", "confidence");
        assertThat(report.refusals().get(1)).isEqualTo("s3://" + bucket + "/metadata/brand_126.json: is not JSON");
        assertThat(report.refusals().get(2)).startsWith("s3://" + bucket + "/feedback/brand_125_9c9c.json: ")
                .contains("text", "NUL", "category").doesNotContain("jane.doe", "example.com");
        assertThat(report.refusals().get(3)).isEqualTo("s3://" + bucket + "/workflow-executions/exec-125.json:"
                + " arn: is recorded for another execution (" + migratedExecutionIds().get(0) + ")");
        assertThat(report.refusals().get(4)).startsWith("s3://" + bucket + "/workflow-executions/exec-126.json: ")
                .contains("arn", "status", "durationSeconds");
        assertThat(report.refusals().get(5)).startsWith("s3://" + bucket + "/escalations/brand_124_dd44.json: ")
                .contains("brandId: 124 has an open escalation already");
        assertThat(report.refusals().get(6)).startsWith("s3://" + bucket + "/escalations/brand_125_cc33.json: ")
                .contains("escalated_at is not an ISO-8601 time");

        BrandMetadata first = registry.metadata(new GetMetadata("acme", 123)).get();
        assertThat(first.brandName()).isEqualTo("Test Brand");
        assertThat(first.mccIds()).extracting(c -> c.value()).containsExactly("5411", "5412");
        assertThat(first.confidence().toString()).isEqualTo("0.9500");
        assertThat(first.generatedAt()).isEqualTo(Instant.parse("2026-11-21T10:15:30.123Z"));
        assertThat(first.generation()).isEqualTo(1);
        BrandMetadata vet = registry.metadata(new GetMetadata("acme", 124)).get();
        assertThat(vet.mccIds()).extracting(c -> c.value()).containsExactly("0742");
        assertThat(vet.generatedAt()).isEqualTo(NOW);
        assertThat(S3.client().headObject(b -> b.bucket(bucket).key("metadata/brand_123.json")).contentLength())
                .as("the original stays").isPositive();

        List<Feedback> feedback = migrated("feedback").stream()
                .map(id -> registry.feedback(new GetFeedback("acme", id)).get()).toList();
        assertThat(feedback).extracting(f -> f.brandId().value(), Feedback::category, Feedback::text)
                .containsExactlyInAnyOrder(tuple(123L, FeedbackCategory.REGEX_CORRECTION, "The regex is incorrect"),
                        tuple(124L, FeedbackCategory.MCC_CORRECTION, "Wrong code"));
        assertThat(feedback).filteredOn(f -> f.brandId().value() == 123).extracting(Feedback::submittedAt)
                .containsExactly(Instant.parse("2026-11-22T09:00:00.500Z"));
        assertThat(feedback).allSatisfy(f -> assertThat(f.id().value()).contains("_legacy-"));

        WorkflowExecution run = registry.executionByArn(new GetExecutionByArn("acme", ARN)).get();
        assertThat(run.brandId().value()).isEqualTo(123);
        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.startedAt()).isEqualTo(Instant.parse("2026-11-21T10:00:00Z"));
        assertThat(run.endedAt()).contains(Instant.parse("2026-11-21T10:00:45Z"));
        assertThat(run.id().value()).startsWith("2026-11-21_legacy-");
        assertThat(migratedExecutionIds()).hasSize(2).contains(run.id().value());
        WorkflowExecution running = migratedExecutionIds().stream().filter(id -> !id.equals(run.id().value()))
                .map(id -> registry.execution(new GetExecution("acme", id)).get()).findFirst().orElseThrow();
        assertThat(running.status()).isEqualTo(ExecutionStatus.RUNNING);
        assertThat(running.arn()).isEmpty();

        List<Escalation> escalations = migrated("escalations").stream()
                .map(id -> registry.escalation(new GetEscalation("acme", id)).get()).toList();
        assertThat(escalations).extracting(e -> e.brandId().value(), Escalation::status, e -> e.confidence().toString())
                .containsExactlyInAnyOrder(tuple(123L, EscalationStatus.RESOLVED, "0.4500"),
                        tuple(124L, EscalationStatus.OPEN, "0.4000"));
        Escalation open = escalations.stream().filter(e -> e.status() == EscalationStatus.OPEN).findFirst().orElseThrow();
        BrandMetadata pointed = registry.metadata(new GetMetadata("acme", 124)).get();
        assertThat(pointed.openEscalation()).as("the brand's one open escalation").contains(open.id());
        assertThat(pointed.generation()).isEqualTo(vet.generation());

        LayoutMigrationReport again = registry().migrateLayout(new MigrateLayout("acme", false)).get();
        assertThat(KINDS.stream().map(again::of)).containsExactly(new Counts(Kind.METADATA, 4, 0, 2, 2),
                new Counts(Kind.FEEDBACK, 3, 0, 2, 1), new Counts(Kind.EXECUTIONS, 4, 0, 2, 2),
                new Counts(Kind.ESCALATIONS, 4, 0, 2, 2));
        assertThat(registry.metadata(new GetMetadata("acme", 123)).get()).isEqualTo(first);
        assertThat(registry.metadata(new GetMetadata("acme", 124)).get()).isEqualTo(pointed);
        assertThat(migrated("feedback")).hasSize(2);
        assertThat(migratedExecutionIds()).hasSize(2);
        assertThat(migrated("escalations")).hasSize(2);
    }

    @Test
    void aRunInterruptedByAFailingWriteStopsWithTheProblemAndAReRunFinishesTheRest() {
        AtomicInteger puts = new AtomicInteger();
        S3Client failing = S3.newClient(false, new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof PutObjectRequest && puts.incrementAndGet() == 5) {
                    throw SdkClientException.create("connection reset (injected)");
                }
            }
        });
        BrandRegistry interrupted = registry(failing);
        assertThat(interrupted.migrateLayout(new MigrateLayout("acme", false)).getLeft())
                .isInstanceOf(Problem.Unavailable.class);
        assertThat(puts.get()).isEqualTo(5);

        LayoutMigrationReport rest = registry().migrateLayout(new MigrateLayout("acme", false)).get();
        assertThat(rest.migrated() + rest.alreadyMigrated()).isEqualTo(8);
        assertThat(rest.alreadyMigrated()).isEqualTo(4);
        assertThat(rest.refused()).isEqualTo(7);
        assertThat(migrated("feedback")).hasSize(2);
        assertThat(migratedExecutionIds()).hasSize(2);
        assertThat(migrated("escalations")).hasSize(2);
    }

    /** The ids of the documents of {@code folder} in the tenant's current layout. */
    private List<String> migrated(String folder) {
        return S3.client().listObjectsV2Paginator(b -> b.bucket(bucket).prefix("brands/" + folder + "/tenant=acme/"))
                .contents().stream().map(o -> o.key().substring(o.key().lastIndexOf('/') + 1).replace(".json", ""))
                .sorted().toList();
    }

    private List<String> migratedExecutionIds() {
        return migrated("executions");
    }

    @Test
    void aMigrationNeedsAValidTenant() {
        assertThat(registry.migrateLayout(new MigrateLayout(" ", false)).getLeft()).isInstanceOf(Problem.Invalid.class);
    }
}
