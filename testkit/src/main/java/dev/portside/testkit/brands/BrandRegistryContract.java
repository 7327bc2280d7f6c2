package dev.portside.testkit.brands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.brands.BrandCommands.CountBrandsByConfidence;
import dev.portside.application.brands.BrandCommands.CountByDay;
import dev.portside.application.brands.BrandCommands.CountEscalationsByStatus;
import dev.portside.application.brands.BrandCommands.CountExecutionsByStatus;
import dev.portside.application.brands.BrandCommands.CountFeedbackByCategory;
import dev.portside.application.brands.BrandCommands.FinishExecution;
import dev.portside.application.brands.BrandCommands.GetExecutionByArn;
import dev.portside.application.brands.BrandCommands.ListBrandEscalations;
import dev.portside.application.brands.BrandCommands.ListBrandFeedback;
import dev.portside.application.brands.BrandCommands.MoveEscalation;
import dev.portside.application.brands.BrandCommands.StoreMetadata;
import dev.portside.application.brands.BrandCommands.StartExecution;
import dev.portside.application.brands.BrandCommands.SubmitFeedback;
import dev.portside.application.brands.BrandRegistry;
import dev.portside.application.brands.BrandRegistrySettings;
import dev.portside.domain.brands.BrandAnalytics;
import dev.portside.domain.brands.BrandDocumentStore;
import dev.portside.domain.brands.Escalation;
import dev.portside.domain.brands.Feedback;
import dev.portside.domain.brands.WorkflowExecution;
import dev.portside.domain.kernel.IdGenerator;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Violation;
import dev.portside.testkit.isolation.PagedQueries;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The brand registry's listings and lookups through its facade, run on every pair of adapters: the
 * answers are the same on each, and bad input is one {@code Problem.Invalid} listing every violation.
 */
public abstract class BrandRegistryContract {

    protected static final Instant NOW = Instant.parse("2026-11-21T10:15:30.123Z");

    protected abstract BrandDocumentStore documents();

    protected abstract BrandAnalytics analytics();

    /** Called after a test wrote its documents, before it queries (e.g. to sync a query engine). */
    protected void documentsWritten() {
    }

    protected BrandRegistry registry;
    protected String tenant;

    @BeforeEach
    void freshRegistry() {
        tenant = "t" + UUID.randomUUID().toString().substring(0, 8);
        registry = new BrandRegistry(documents(), analytics(), Clock.fixed(NOW, ZoneOffset.UTC),
                IdGenerator.sequential(tenant), BrandRegistrySettings.defaults());
    }

    protected static <T> T right(io.vavr.control.Either<Problem, T> result) {
        return result.getOrElseThrow(p -> new AssertionError(p.message()));
    }

    protected static List<String> fields(Problem problem) {
        assertThat(problem).isInstanceOf(Problem.Invalid.class);
        return ((Problem.Invalid) problem).violations().stream().map(Violation::field).toList();
    }

    @Test
    void aBrandsFeedbackAndEscalationsAreListedPagedThroughTheRegistry() {
        List<Feedback> submitted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            submitted.add(right(registry.submitFeedback(new SubmitFeedback(tenant, 42, "text " + i, "GENERAL"))));
            right(registry.submitFeedback(new SubmitFeedback(tenant, 43, "other " + i, "GENERAL")));
        }
        var first = right(registry.storeMetadata(new StoreMetadata(tenant, 42, "Acme", "acme.*", List.of("5411"),
                new BigDecimal("0.2"), null)));
        Escalation opened = first.escalationOpened().get();
        right(registry.moveEscalation(new MoveEscalation(tenant, opened.id().value(), "IN_REVIEW", null, 1L)));
        var second = right(registry.storeMetadata(new StoreMetadata(tenant, 42, "Acme", "acme.*", List.of("5411"),
                new BigDecimal("0.3"), 1L)));
        documentsWritten();

        List<Feedback> listed = new ArrayList<>();
        Page<Feedback> page = right(registry.brandFeedback(new ListBrandFeedback(tenant, 42, 2, null)));
        listed.addAll(page.items());
        page = right(registry.brandFeedback(new ListBrandFeedback(tenant, 42, 2, page.next().get())));
        listed.addAll(page.items());
        assertThat(page.next()).isEmpty();
        submitted.sort(java.util.Comparator.comparing((Feedback f) -> f.submittedAt()).thenComparing(f -> f.id().value()));
        assertThat(listed).isEqualTo(submitted);

        List<Escalation> escalations = right(registry.brandEscalations(new ListBrandEscalations(tenant, 42, 10, null)))
                .items();
        assertThat(escalations).extracting(e -> e.status().name()).containsExactly("IN_REVIEW", "OPEN");
        assertThat(escalations.get(1)).isEqualTo(second.escalationOpened().get());
    }

    @Test
    void aBrandListingsCursorIsRefusedForAnotherBrandTenantOrAlteredBytes() {
        String stranger = "s" + tenant;
        for (int i = 0; i < 2; i++) {
            right(registry.submitFeedback(new SubmitFeedback(tenant, 42, "text " + i, "GENERAL")));
            right(registry.submitFeedback(new SubmitFeedback(tenant, 43, "text " + i, "GENERAL")));
        }
        documentsWritten();
        PagedQueries.refuseForeignCursors(BrandSamples.tenant(tenant), BrandSamples.tenant(stranger),
                (t, p) -> registry.brandFeedback(new ListBrandFeedback(t.value(), 42, p.limit(), p.after().getOrNull())),
                (t, p) -> registry.brandFeedback(new ListBrandFeedback(t.value(), 43, p.limit(), p.after().getOrNull())));
    }

    @Test
    void anExecutionIsFoundByItsArnAndARetriedStartIsRecognised() {
        String arn = BrandSamples.arn(42, tenant);
        WorkflowExecution started = right(registry.startExecution(new StartExecution(tenant, 42, arn)));
        assertThat(right(registry.executionByArn(new GetExecutionByArn(tenant, arn)))).isEqualTo(started);

        assertThat(right(registry.startExecution(new StartExecution(tenant, 42, arn)))).isEqualTo(started);
        assertThat(registry.startExecution(new StartExecution(tenant, 43, arn)).getLeft())
                .isEqualTo(new Problem.AlreadyExists("execution", arn));
        WorkflowExecution finished = right(registry.finishExecution(new FinishExecution(tenant, started.id().value(),
                "FAILED", "step 'generate' failed", 1L)));
        assertThat(right(registry.executionByArn(new GetExecutionByArn(tenant, arn)))).isEqualTo(finished);
        assertThat(registry.executionByArn(new GetExecutionByArn("s" + tenant, arn)).getLeft())
                .isInstanceOf(Problem.NotFound.class);
        assertThat(registry.executionByArn(new GetExecutionByArn(tenant, BrandSamples.arn(42, "other"))).getLeft())
                .isInstanceOf(Problem.NotFound.class);
    }

    @Test
    void aMalformedArnIsRefusedWithAViolationSayingTheShape() {
        for (String bad : List.of("arn:aws:states:eu-west-1:1234:execution:w:e", "arn:aws:lambda:eu-west-1:123456789012:"
                + "function:f", "arn:aws:states:eu-west-1:123456789012:stateMachine:w", "exec-123",
                "arn:aws:states:eu-west-1:123456789012:execution:w:has space")) {
            Problem refused = registry.executionByArn(new GetExecutionByArn(tenant, bad)).getLeft();
            assertThat(fields(refused)).containsExactly("arn");
            assertThat(refused.message()).contains("Step Functions execution ARN");
            assertThat(fields(registry.startExecution(new StartExecution(" ", 0, bad)).getLeft()))
                    .containsExactlyInAnyOrder("tenant", "brandId", "arn");
        }
        assertThat(fields(registry.executionByArn(new GetExecutionByArn(null, null)).getLeft()))
                .containsExactlyInAnyOrder("tenant", "arn");
    }

    @Test
    void aggregatesAreAnsweredThroughTheRegistry() {
        right(registry.submitFeedback(new SubmitFeedback(tenant, 42, "wrong mcc", "MCC_CORRECTION")));
        right(registry.storeMetadata(new StoreMetadata(tenant, 42, "Acme", "acme.*", List.of("5411"),
                new BigDecimal("0.25"), null)));
        right(registry.startExecution(new StartExecution(tenant, 42, null)));
        documentsWritten();
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 21);
        assertThat(right(registry.countFeedbackByCategory(new CountFeedbackByCategory(tenant, today, today))))
                .extracting(t -> t.key().name() + "=" + t.count())
                .containsExactly("REGEX_CORRECTION=0", "MCC_CORRECTION=1", "NAME_CORRECTION=0", "FALSE_POSITIVE=0",
                        "GENERAL=0");
        assertThat(right(registry.countEscalationsByStatus(new CountEscalationsByStatus(tenant, today, today))))
                .extracting(t -> t.count()).containsExactly(1L, 0L, 0L, 0L);
        assertThat(right(registry.countExecutionsByStatus(new CountExecutionsByStatus(tenant, today.minusDays(1),
                today))).get(0).count()).isEqualTo(1);
        assertThat(right(registry.countByDay(new CountByDay(tenant, "EXECUTIONS", today.minusDays(1), today))))
                .extracting(t -> t.key() + "=" + t.count()).containsExactly("2026-11-20=0", "2026-11-21=1");
        assertThat(right(registry.countBrandsByConfidence(new CountBrandsByConfidence(tenant, null, null))))
                .extracting(t -> t.count()).containsExactly(0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(right(registry.countBrandsByConfidence(new CountBrandsByConfidence(tenant, null,
                List.of(new BigDecimal("0.25")))))).extracting(t -> t.key() + "=" + t.count())
                .containsExactly("[0.0000, 0.2500)=0", "[0.2500, 1.0000]=1");
    }

    @Test
    void badAggregateInputListsEveryViolation() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 21);
        assertThat(fields(registry.countByDay(new CountByDay("", "METADATA", day, day.minusDays(1))).getLeft()))
                .containsExactlyInAnyOrder("tenant", "kind", "to");
        assertThat(fields(registry.countEscalationsByStatus(new CountEscalationsByStatus(tenant, null, day.plusDays(400)))
                .getLeft())).containsExactly("from");
        assertThat(fields(registry.countExecutionsByStatus(new CountExecutionsByStatus(tenant, day, day.plusDays(367)))
                .getLeft())).containsExactly("to");
        assertThat(fields(registry.countBrandsByConfidence(new CountBrandsByConfidence(" ", new BigDecimal("0.1"),
                List.of(new BigDecimal("0.5")))).getLeft())).containsExactlyInAnyOrder("tenant", "width");
        for (String width : List.of("0", "1", "0.005", "-0.1", "0.12345")) {
            assertThat(fields(registry.countBrandsByConfidence(new CountBrandsByConfidence(tenant,
                    new BigDecimal(width), null)).getLeft())).containsExactly("width");
        }
        for (List<BigDecimal> bounds : List.of(List.of(new BigDecimal("0.5"), new BigDecimal("0.5")),
                List.of(new BigDecimal("0.6"), new BigDecimal("0.2")), List.of(BigDecimal.ONE),
                List.of(new BigDecimal("0.00001")))) {
            assertThat(fields(registry.countBrandsByConfidence(new CountBrandsByConfidence(tenant, null, bounds))
                    .getLeft())).containsExactly("bounds");
        }
    }

    @Test
    void badListingInputListsEveryViolation() {
        assertThat(fields(registry.brandFeedback(new ListBrandFeedback(" ", 0, 0, null)).getLeft()))
                .containsExactlyInAnyOrder("tenant", "brandId", "limit");
        assertThat(fields(registry.brandEscalations(new ListBrandEscalations(null, -3, 1001, null)).getLeft()))
                .containsExactlyInAnyOrder("tenant", "brandId", "limit");
    }
}
