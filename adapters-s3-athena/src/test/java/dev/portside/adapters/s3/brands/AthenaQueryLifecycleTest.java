package dev.portside.adapters.s3.brands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.s3.testing.AthenaTestEndpoint;
import dev.portside.adapters.s3.testing.S3ProxyBackend;
import dev.portside.domain.brands.BrandSummary;
import dev.portside.domain.brands.FeedbackCategory;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.testkit.brands.BrandArbitraries;
import dev.portside.testkit.brands.BrandSamples;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AthenaQueryLifecycleTest {

    @RegisterExtension
    static final S3ProxyBackend S3 = S3ProxyBackend.shared();
    private static AthenaFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new AthenaFixture(S3, Duration.ofMillis(800));
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static TenantId seeded(int brands) {
        TenantId tenant = BrandSamples.tenant("t" + UUID.randomUUID().toString().substring(0, 8));
        for (int i = 0; i < brands; i++) {
            fixture.documents.createMetadata(BrandSamples.metadata(tenant, 10 + i, "0.1", BrandSamples.T0),
                    Option.none()).get();
        }
        return tenant;
    }

    @Test
    void theQueryIsStartedWithItsDatabaseWorkgroupAndExecutionParameters() {
        TenantId tenant = seeded(1);
        fixture.analytics.brandsBelow(tenant, BrandSamples.confidence("0.5"), PageRequest.first(5)).get();
        AthenaTestEndpoint.Started started = last();
        assertThat(started.sql()).isEqualTo(fixture.queries.brandsBelow(tenant, BrandSamples.confidence("0.5")).sql());
        assertThat(started.parameters()).containsExactly("'" + tenant + "'", "0.5000");
        assertThat(started.database()).isEqualTo("brand_metadata_generator_db");
        assertThat(started.workgroup()).isEqualTo("primary");
    }

    @Test
    void pagesFollowAthenasNextTokenWithoutRerunningTheQuery() {
        TenantId tenant = seeded(5);
        int before = fixture.endpoint.started().size();
        Page<BrandSummary> first = fixture.analytics.brandsBelow(tenant, BrandSamples.confidence("0.5"),
                PageRequest.first(2)).get();
        Page<BrandSummary> second = fixture.analytics.brandsBelow(tenant, BrandSamples.confidence("0.5"),
                PageRequest.first(2).after(first.next().get())).get();
        Page<BrandSummary> third = fixture.analytics.brandsBelow(tenant, BrandSamples.confidence("0.5"),
                PageRequest.first(2).after(second.next().get())).get();
        assertThat(fixture.endpoint.started()).hasSize(before + 1);
        assertThat(List.of(first.items().size(), second.items().size(), third.items().size()))
                .containsExactly(2, 2, 1);
        assertThat(third.next()).isEmpty();
        assertThat(third.items().get(0).brandId().value()).isEqualTo(14);
    }

    @Test
    void aFailedQueryIsUnavailableWithAthenasReason() {
        TenantId tenant = seeded(1);
        fixture.endpoint.failNext("generated_metadata", "HIVE_BAD_DATA: Error parsing field value for field 2", false);
        Problem problem = fixture.analytics.brandsBelow(tenant, BrandSamples.confidence("0.5"), PageRequest.first(5))
                .getLeft();
        assertThat(problem).isInstanceOf(Problem.Unavailable.class);
        assertThat(problem.message()).contains("FAILED").contains("HIVE_BAD_DATA: Error parsing field value");
    }

    @Test
    void aCancelledQueryIsUnavailableWithAthenasReason() {
        fixture.endpoint.failNext("feedback_history", "Query cancelled by the workgroup administrator", true);
        Problem problem = fixture.analytics.feedback(seeded(0), FeedbackCategory.GENERAL, BrandSamples.day(
                BrandSamples.T0), BrandSamples.day(BrandSamples.T0), PageRequest.first(5)).getLeft();
        assertThat(problem.message()).contains("CANCELLED").contains("workgroup administrator");
    }

    @Test
    void aQueryStillRunningAtTheDeadlineIsStoppedAndRetriable() {
        fixture.endpoint.hang(true);
        try {
            Problem problem = fixture.analytics.openEscalations(seeded(0), PageRequest.first(5)).getLeft();
            assertThat(problem).isInstanceOf(Problem.Unavailable.class);
            assertThat(((Problem.Unavailable) problem).retriable()).isTrue();
            assertThat(problem.message()).contains("poll deadline").contains("cancelled");
        } finally {
            fixture.endpoint.hang(false);
        }
    }

    @Test
    void injectionStringsInEveryParameterAreDataNeverSql() {
        TenantId victim = seeded(2);
        for (String hostile : BrandArbitraries.injectionStrings()) {
            TenantId attacker = new TenantId(hostile);
            assertThat(fixture.analytics.brandsBelow(attacker, BrandSamples.confidence("1"), PageRequest.first(10))
                    .get().items()).isEmpty();
            assertThat(fixture.analytics.openEscalations(attacker, PageRequest.first(10)).get().items()).isEmpty();
            assertThat(fixture.analytics.feedback(attacker, FeedbackCategory.GENERAL, BrandSamples.day(
                    BrandSamples.T0), BrandSamples.day(BrandSamples.T0), PageRequest.first(10)).get().items())
                    .isEmpty();
            assertThat(fixture.analytics.executions(attacker, dev.portside.domain.brands.ExecutionStatus.RUNNING,
                    BrandSamples.day(BrandSamples.T0), BrandSamples.day(BrandSamples.T0), PageRequest.first(10))
                    .get().items()).isEmpty();
            assertThat(new AthenaDocumentVisibility(fixture.runner, fixture.queries)
                    .confirm(attacker, BrandS3Layout.FEEDBACK, hostile).getLeft().message())
                    .contains("not visible");
            assertThat(last().parameters()).containsExactly(BrandQueries.string(hostile),
                    BrandQueries.string(hostile));
        }
        assertThat(fixture.analytics.brandsBelow(victim, BrandSamples.confidence("1"), PageRequest.first(10)).get()
                .items()).hasSize(2);
    }

    @Test
    void aWriteConfirmedByAthenaIsVisibleThroughItsTable() {
        TenantId tenant = seeded(0);
        S3BrandDocumentStore confirmed = new S3BrandDocumentStore(S3.client(), fixture.layout,
                new AthenaDocumentVisibility(fixture.runner, fixture.queries));
        var escalation = BrandSamples.escalation(tenant, 9, "0.1", BrandSamples.T0);
        confirmed.createMetadata(BrandSamples.metadata(tenant, 9, "0.1", BrandSamples.T0),
                Option.some(escalation)).get();
        assertThat(fixture.analytics.openEscalations(tenant, PageRequest.first(5)).get().items())
                .containsExactly(escalation);
    }

    @Test
    void aWriteAthenaCannotConfirmIsCompensatedAndSaysWhichStepFailed() {
        TenantId tenant = seeded(0);
        S3BrandDocumentStore confirmed = new S3BrandDocumentStore(S3.client(), fixture.layout,
                new AthenaDocumentVisibility(fixture.runner, fixture.queries));
        fixture.endpoint.failNext("count(*)", "HIVE_METASTORE_ERROR: table is being altered", false);
        var feedback = BrandSamples.feedback(tenant, 9, FeedbackCategory.GENERAL, BrandSamples.T0);
        Problem problem = confirmed.createFeedback(feedback).getLeft();
        assertThat(problem.message()).contains("failed at step 'athena visibility check'")
                .contains("HIVE_METASTORE_ERROR").contains("no partial state remains");
        assertThat(fixture.documents.feedback(tenant, feedback.id()).get()).isEmpty();
    }

    private static AthenaTestEndpoint.Started last() {
        List<AthenaTestEndpoint.Started> started = fixture.endpoint.started();
        return started.get(started.size() - 1);
    }
}
