package dev.portside.testkit.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.brands.BrandAnalytics;
import dev.portside.domain.brands.BrandDocumentStore;
import dev.portside.domain.brands.BrandId;
import dev.portside.domain.brands.BrandMetadata;
import dev.portside.domain.brands.ConfidenceBuckets;
import dev.portside.domain.brands.DatedKind;
import dev.portside.domain.brands.Escalation;
import dev.portside.domain.brands.EscalationId;
import dev.portside.domain.brands.EscalationStatus;
import dev.portside.domain.brands.ExecutionArn;
import dev.portside.domain.brands.ExecutionId;
import dev.portside.domain.brands.ExecutionStatus;
import dev.portside.domain.brands.Feedback;
import dev.portside.domain.brands.FeedbackCategory;
import dev.portside.domain.brands.FeedbackId;
import dev.portside.domain.brands.Tally;
import dev.portside.domain.brands.WorkflowExecution;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.TenantOwned;
import dev.portside.testkit.brands.BrandSamples;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Tenant isolation of the brand registry's ports: random documents under two tenants, with the same ids, brands and
 * ARNs in both; no get, lookup, listing or count of one tenant ever answers the other's documents, and every paged
 * query refuses a cursor of the other tenant, of another query, or with altered bytes ({@link PagedQueries}).
 */
public abstract class BrandTenantIsolation {

    /** The documents and analytics of the adapter (or pair) under test; may be shared, each try uses new tenants. */
    protected abstract BrandDocumentStore documents();

    protected abstract BrandAnalytics analytics();

    /** Called after the documents are written, before any query (e.g. to sync a query engine). */
    protected void documentsWritten() {
    }

    private static final Instant T0 = BrandSamples.T0;
    private static final LocalDate FROM = BrandSamples.day(T0);
    private static final LocalDate TO = FROM.plusDays(3);

    /** What one tenant holds. */
    private record Written(TenantId tenant, List<BrandMetadata> metadata, List<Feedback> feedback,
                           List<WorkflowExecution> executions, List<Escalation> escalations) {
    }

    @Property(tries = 3)
    void noQueryOfOneTenantAnswersTheOthersDocuments(@ForAll long seed) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Written> tenants = new ArrayList<>();
        for (String name : List.of("a", "b")) {
            tenants.add(write(new Random(seed ^ name.hashCode()), BrandSamples.tenant(name + run), run));
        }
        documentsWritten();
        for (Written own : tenants) {
            check(own);
        }
        Written a = tenants.get(0);
        Written b = tenants.get(1);
        BrandId shared = new BrandId(1);
        PagedQueries.refuseForeignCursors(a.tenant(), b.tenant(),
                (t, p) -> analytics().feedbackOfBrand(t, shared, p),
                (t, p) -> analytics().feedback(t, FeedbackCategory.GENERAL, FROM, TO, p));
        PagedQueries.refuseForeignCursors(a.tenant(), b.tenant(),
                (t, p) -> analytics().feedback(t, FeedbackCategory.GENERAL, FROM, TO, p),
                (t, p) -> analytics().feedback(t, FeedbackCategory.GENERAL, FROM, TO.plusDays(1), p));
        PagedQueries.refuseForeignCursors(a.tenant(), b.tenant(),
                (t, p) -> analytics().brandsBelow(t, BrandSamples.confidence("1"), p),
                (t, p) -> analytics().brandsBelow(t, BrandSamples.confidence("0.9999"), p));
        PagedQueries.refuseForeignCursors(a.tenant(), b.tenant(),
                (t, p) -> analytics().escalationsOfBrand(t, shared, p),
                (t, p) -> analytics().escalationsOfBrand(t, new BrandId(2), p));
        PagedQueries.refuseForeignCursors(a.tenant(), b.tenant(),
                (t, p) -> analytics().openEscalations(t, p),
                (t, p) -> analytics().escalationsOfBrand(t, shared, p));
        PagedQueries.refuseForeignCursors(a.tenant(), b.tenant(),
                (t, p) -> analytics().executions(t, ExecutionStatus.RUNNING, FROM, TO, p),
                (t, p) -> analytics().executions(t, ExecutionStatus.FAILED, FROM, TO, p));
    }

    private void check(Written own) {
        TenantId tenant = own.tenant();
        for (BrandMetadata m : own.metadata()) {
            assertThat(right(documents().metadata(tenant, m.brandId()))).contains(m);
        }
        for (Feedback f : own.feedback()) {
            assertThat(right(documents().feedback(tenant, f.id()))).contains(f);
        }
        for (WorkflowExecution e : own.executions()) {
            assertThat(right(documents().execution(tenant, e.id()))).contains(e);
            assertThat(right(documents().executionByArn(tenant, new ExecutionArn(e.arn().get())))).contains(e);
        }
        for (Escalation e : own.escalations()) {
            assertThat(right(documents().escalation(tenant, e.id()))).contains(e);
        }
        assertOwn(tenant, all((t, p) -> analytics().brandsBelow(t, BrandSamples.confidence("1"), p), tenant)
                .stream().map(s -> own.metadata().stream().filter(m -> m.brandId().equals(s.brandId())).findFirst()
                        .orElseThrow(() -> new AssertionError("brand " + s.brandId() + " is not " + tenant + "'s")))
                .toList(), own.metadata().stream().filter(m -> m.confidence().isBelow(BrandSamples.confidence("1")))
                .toList());
        List<Feedback> feedback = new ArrayList<>();
        for (FeedbackCategory category : FeedbackCategory.values()) {
            feedback.addAll(all((t, p) -> analytics().feedback(t, category, FROM, TO, p), tenant));
        }
        assertOwn(tenant, feedback, own.feedback());
        List<Feedback> byBrand = new ArrayList<>();
        List<Escalation> escalations = new ArrayList<>();
        for (long brand = 1; brand <= 3; brand++) {
            BrandId id = new BrandId(brand);
            byBrand.addAll(all((t, p) -> analytics().feedbackOfBrand(t, id, p), tenant));
            escalations.addAll(all((t, p) -> analytics().escalationsOfBrand(t, id, p), tenant));
        }
        assertOwn(tenant, byBrand, own.feedback());
        assertOwn(tenant, escalations, own.escalations());
        assertOwn(tenant, all((t, p) -> analytics().openEscalations(t, p), tenant),
                own.escalations().stream().filter(e -> e.status() == EscalationStatus.OPEN).toList());
        List<WorkflowExecution> executions = new ArrayList<>();
        for (ExecutionStatus status : ExecutionStatus.values()) {
            executions.addAll(all((t, p) -> analytics().executions(t, status, FROM, TO, p), tenant));
        }
        assertOwn(tenant, executions, own.executions());

        assertThat(total(analytics().feedbackByCategory(tenant, FROM, TO))).isEqualTo(own.feedback().size());
        assertThat(total(analytics().executionsByStatus(tenant, FROM, TO))).isEqualTo(own.executions().size());
        assertThat(total(analytics().escalationsByStatus(tenant, FROM, TO))).isEqualTo(own.escalations().size());
        assertThat(total(analytics().countsByDay(tenant, DatedKind.FEEDBACK, FROM, TO)))
                .isEqualTo(own.feedback().size());
        assertThat(total(analytics().brandsByConfidence(tenant, ConfidenceBuckets.ofWidth("width",
                new BigDecimal("0.1")).get()))).isEqualTo(own.metadata().size());
    }

    private static <T extends TenantOwned> void assertOwn(TenantId tenant, List<T> found, List<T> own) {
        assertThat(found).allMatch(item -> item.tenant().equals(tenant), "owned by " + tenant)
                .containsExactlyInAnyOrderElementsOf(own);
    }

    private static <K> long total(Either<Problem, List<Tally<K>>> tallies) {
        return right(tallies).stream().mapToLong(Tally::count).sum();
    }

    private static <T> List<T> all(BiFunction<TenantId, PageRequest, Either<Problem, Page<T>>> query,
                                   TenantId tenant) {
        List<T> all = new ArrayList<>();
        PageRequest request = PageRequest.first(3);
        while (true) {
            Page<T> page = right(query.apply(tenant, request));
            all.addAll(page.items());
            if (page.next().isEmpty()) {
                return all;
            }
            request = request.after(page.next().get());
        }
    }

    private static <T> T right(Either<Problem, T> result) {
        return result.getOrElseThrow(p -> new AssertionError(p.message()));
    }

    /**
     * Random documents of one tenant; ids, brands and ARNs come from small fixed sets, so both tenants hold
     * documents under the same keys. Each query of the property has at least two rows (a cursor to refuse).
     */
    private Written write(Random random, TenantId tenant, String run) {
        List<BrandMetadata> metadata = new ArrayList<>();
        List<Escalation> escalations = new ArrayList<>();
        for (int brand = 1; brand <= 3; brand++) {
            String score = BigDecimal.valueOf(random.nextInt(10_000), 4).toPlainString();
            BrandMetadata stored = right(documents().createMetadata(BrandSamples.metadata(tenant, brand, score, T0),
                    Option.none()));
            for (int i = 0; i < 2; i++) {
                Instant at = T0.plus(Duration.ofHours(random.nextInt(72)));
                Escalation opened = Escalation.open(tenant, EscalationId.issue(BrandSamples.day(at), "e" + brand + i),
                        stored.brandId(), stored.brandName(), "low " + random.nextInt(), stored.confidence(), at);
                stored = right(documents().saveMetadata(stored, Option.some(opened)));
                escalations.add(i == 1 && brand == 2 ? right(documents().saveEscalation(opened.moveTo(
                        EscalationStatus.IN_REVIEW, Option.none(), at.plusSeconds(1)).get())) : opened);
            }
            metadata.add(stored);
        }
        List<Feedback> feedback = new ArrayList<>();
        for (int i = 0; i < 4 + random.nextInt(4); i++) {
            Instant at = T0.plus(Duration.ofHours(random.nextInt(72)));
            FeedbackCategory category = i < 2 ? FeedbackCategory.GENERAL
                    : FeedbackCategory.values()[random.nextInt(FeedbackCategory.values().length)];
            Feedback one = new Feedback(tenant, FeedbackId.issue(BrandSamples.day(at), "f" + i),
                    new BrandId(i < 2 ? 1 : 1 + random.nextInt(3)), tenant + " says " + random.nextInt(), category, at);
            feedback.add(right(documents().createFeedback(one)));
        }
        List<WorkflowExecution> executions = new ArrayList<>();
        for (int i = 0; i < 4 + random.nextInt(3); i++) {
            Instant at = T0.plus(Duration.ofHours(random.nextInt(72)));
            WorkflowExecution started = right(documents().createExecution(WorkflowExecution.start(tenant,
                    ExecutionId.issue(BrandSamples.day(at), "x" + i), Option.some(BrandSamples.arn(i, run)),
                    new BrandId(1 + random.nextInt(3)), at)));
            executions.add(i < 2 ? started : right(documents().saveExecution(started.finish(ExecutionStatus.FAILED,
                    at.plusSeconds(5), Option.some("boom")).get())));
        }
        return new Written(tenant, metadata, feedback, executions, escalations);
    }
}
