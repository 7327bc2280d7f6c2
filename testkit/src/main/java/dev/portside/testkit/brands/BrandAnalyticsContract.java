package dev.portside.testkit.brands;

import static dev.portside.testkit.brands.BrandSamples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.brands.BrandAnalytics;
import dev.portside.domain.brands.BrandDocumentStore;
import dev.portside.domain.brands.BrandId;
import dev.portside.domain.brands.BrandMetadata;
import dev.portside.domain.brands.BrandSummary;
import dev.portside.domain.brands.Escalation;
import dev.portside.domain.brands.EscalationStatus;
import dev.portside.domain.brands.ExecutionStatus;
import dev.portside.domain.brands.Feedback;
import dev.portside.domain.brands.FeedbackCategory;
import dev.portside.domain.brands.WorkflowExecution;
import dev.portside.domain.kernel.Cursor;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.testkit.isolation.PagedQueries;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link BrandAnalytics}: each typed query returns exactly the matching
 * documents of one tenant, in its documented order, paged by exactly {@code limit} with cursors
 * that resume without gap or repeat and are refused for another query or tenant.
 */
public abstract class BrandAnalyticsContract {

    protected abstract BrandDocumentStore documents();

    protected abstract BrandAnalytics analytics();

    /** Called after a test wrote its documents, before it queries (e.g. to sync a query engine). */
    protected void documentsWritten() {
    }

    protected TenantId freshTenant() {
        return BrandSamples.tenant("t" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void brandsBelowAConfidenceComeLowestFirstAndPageByExactlyTheLimit() {
        TenantId tenant = freshTenant();
        String[] scores = {"0.3", "0.1", "0.45", "0.2", "0.1", "0.9", "0.5", "0.05"};
        for (int i = 0; i < scores.length; i++) {
            documents().createMetadata(BrandSamples.metadata(tenant, 100 + i, scores[i], T0), Option.none())
                    .get();
        }
        documentsWritten();
        List<BrandSummary> all = drain(p -> analytics().brandsBelow(tenant, BrandSamples.confidence("0.5"), p), 2);
        assertThat(all).extracting(s -> s.confidence().toString())
                .containsExactly("0.0500", "0.1000", "0.1000", "0.2000", "0.3000", "0.4500");
        assertThat(all).extracting(s -> s.brandId().value()).containsExactly(107L, 101L, 104L, 103L, 100L, 102L);
        assertThat(all.get(0).brandName()).isEqualTo("Brand 107");
    }

    @Test
    void feedbackIsFilteredByCategoryAndInclusiveDayRangeInSubmissionOrder() {
        TenantId tenant = freshTenant();
        List<Feedback> inRange = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            Feedback regex = BrandSamples.feedback(tenant, 7, FeedbackCategory.REGEX_CORRECTION,
                    T0.plus(Duration.ofDays(day)));
            documents().createFeedback(regex).get();
            documents().createFeedback(BrandSamples.feedback(tenant, 7, FeedbackCategory.GENERAL,
                    T0.plus(Duration.ofDays(day)))).get();
            if (day >= 1 && day <= 3) {
                inRange.add(regex);
            }
        }
        documentsWritten();
        LocalDate from = BrandSamples.day(T0).plusDays(1);
        List<Feedback> found = drain(p -> analytics().feedback(tenant, FeedbackCategory.REGEX_CORRECTION, from,
                from.plusDays(2), p), 2);
        assertThat(found).isEqualTo(inRange);
    }

    @Test
    void onlyOpenEscalationsAreListed() {
        TenantId tenant = freshTenant();
        List<Escalation> open = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Escalation escalation = BrandSamples.escalation(tenant, 200 + i, "0.1", T0.plusSeconds(i));
            BrandMetadata metadata = BrandSamples.metadata(tenant, 200 + i, "0.1", T0);
            documents().createMetadata(metadata, Option.some(escalation)).get();
            if (i % 2 == 0) {
                open.add(escalation);
            } else {
                documents().saveEscalation(escalation.moveTo(EscalationStatus.IN_REVIEW, Option.none(),
                        T0.plusSeconds(60)).get()).get();
            }
        }
        documentsWritten();
        assertThat(drain(p -> analytics().openEscalations(tenant, p), 1)).isEqualTo(open);
    }

    @Test
    void executionsAreFilteredByStatusAndDayRange() {
        TenantId tenant = freshTenant();
        List<WorkflowExecution> failed = new ArrayList<>();
        for (int day = 0; day < 4; day++) {
            WorkflowExecution running = BrandSamples.execution(tenant, 300 + day, T0.plus(Duration.ofDays(day)));
            documents().createExecution(running).get();
            if (day != 1) {
                WorkflowExecution done = running.finish(ExecutionStatus.FAILED,
                        T0.plus(Duration.ofDays(day)).plusSeconds(45), Option.some("step 'generate' timed out")).get();
                WorkflowExecution saved = documents().saveExecution(done).get();
                if (day <= 2) {
                    failed.add(saved);
                }
            }
        }
        documentsWritten();
        LocalDate from = BrandSamples.day(T0);
        assertThat(drain(p -> analytics().executions(tenant, ExecutionStatus.FAILED, from, from.plusDays(2), p), 5))
                .isEqualTo(failed);
        assertThat(drain(p -> analytics().executions(tenant, ExecutionStatus.RUNNING, from, from.plusDays(9), p), 5))
                .hasSize(1);
    }

    @Test
    void aCursorIsRefusedForAnotherQueryAnotherTenantOrWhenForged() {
        TenantId tenant = freshTenant();
        for (int i = 0; i < 3; i++) {
            documents().createMetadata(BrandSamples.metadata(tenant, 400 + i, "0.1", T0), Option.none()).get();
        }
        documentsWritten();
        Cursor cursor = analytics().brandsBelow(tenant, BrandSamples.confidence("0.5"), PageRequest.first(1)).get()
                .next().get();
        assertThat(analytics().brandsBelow(tenant, BrandSamples.confidence("0.6"), PageRequest.first(1).after(cursor))
                .getLeft()).isInstanceOf(Problem.Invalid.class);
        assertThat(analytics().brandsBelow(freshTenant(), BrandSamples.confidence("0.5"),
                PageRequest.first(1).after(cursor)).getLeft()).isInstanceOf(Problem.Invalid.class);
        assertThat(analytics().brandsBelow(tenant, BrandSamples.confidence("0.5"),
                PageRequest.first(1).after(new Cursor(cursor.token() + "x"))).getLeft())
                .isInstanceOf(Problem.Invalid.class);
    }

    @Test
    void aBrandsFeedbackIsListedInSubmissionOrderAndPaged() {
        TenantId tenant = freshTenant();
        List<Feedback> ofBrand = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Feedback mine = BrandSamples.feedback(tenant, 600, FeedbackCategory.values()[i % 5],
                    T0.plus(Duration.ofDays(4 - i % 3)).plusSeconds(i));
            documents().createFeedback(mine).get();
            ofBrand.add(mine);
            documents().createFeedback(BrandSamples.feedback(tenant, 601, FeedbackCategory.GENERAL, T0.plusSeconds(i)))
                    .get();
        }
        documentsWritten();
        ofBrand.sort(java.util.Comparator.comparing(Feedback::submittedAt).thenComparing(f -> f.id().value()));
        assertThat(drain(p -> analytics().feedbackOfBrand(tenant, new BrandId(600), p), 2)).isEqualTo(ofBrand);
        assertThat(drain(p -> analytics().feedbackOfBrand(tenant, new BrandId(602), p), 2)).isEmpty();
    }

    @Test
    void aBrandsEscalationsOfEveryStatusAreListedInEscalationOrder() {
        TenantId tenant = freshTenant();
        Escalation first = BrandSamples.escalation(tenant, 700, "0.1", T0.plusSeconds(5));
        BrandMetadata stored = documents().createMetadata(BrandSamples.metadata(tenant, 700, "0.1", T0),
                Option.some(first)).get();
        List<Escalation> ofBrand = new ArrayList<>();
        ofBrand.add(documents().saveEscalation(first.moveTo(EscalationStatus.IN_REVIEW, Option.none(),
                T0.plusSeconds(60)).get()).get());
        for (int i = 1; i < 4; i++) {
            Escalation next = BrandSamples.escalation(tenant, 700, "0.1", T0.plus(Duration.ofDays(i % 2)).plusSeconds(i));
            stored = documents().saveMetadata(stored, Option.some(next)).get();
            ofBrand.add(next);
        }
        documents().createMetadata(BrandSamples.metadata(tenant, 701, "0.1", T0),
                Option.some(BrandSamples.escalation(tenant, 701, "0.1", T0))).get();
        documentsWritten();
        ofBrand.sort(java.util.Comparator.comparing(Escalation::escalatedAt).thenComparing(e -> e.id().value()));
        assertThat(drain(p -> analytics().escalationsOfBrand(tenant, new BrandId(700), p), 3)).isEqualTo(ofBrand);
        assertThat(ofBrand).extracting(Escalation::status).contains(EscalationStatus.IN_REVIEW, EscalationStatus.OPEN);
    }

    @Test
    void aBrandListingsCursorIsBoundToTenantBrandAndQuery() {
        TenantId owner = freshTenant();
        TenantId stranger = freshTenant();
        for (TenantId tenant : List.of(owner, stranger)) {
            for (int i = 0; i < 3; i++) {
                documents().createFeedback(BrandSamples.feedback(tenant, 800, FeedbackCategory.GENERAL,
                        T0.plusSeconds(i))).get();
                documents().createFeedback(BrandSamples.feedback(tenant, 801, FeedbackCategory.GENERAL,
                        T0.plusSeconds(i))).get();
            }
        }
        BrandMetadata stored = documents().createMetadata(BrandSamples.metadata(owner, 800, "0.1", T0),
                Option.some(BrandSamples.escalation(owner, 800, "0.1", T0))).get();
        documents().saveMetadata(stored, Option.some(BrandSamples.escalation(owner, 800, "0.1", T0.plusSeconds(1))))
                .get();
        documentsWritten();
        PagedQueries.refuseForeignCursors(owner, stranger,
                (tenant, p) -> analytics().feedbackOfBrand(tenant, new BrandId(800), p),
                (tenant, p) -> analytics().feedbackOfBrand(tenant, new BrandId(801), p));
        PagedQueries.refuseForeignCursors(owner, stranger,
                (tenant, p) -> analytics().escalationsOfBrand(tenant, new BrandId(800), p),
                (tenant, p) -> analytics().openEscalations(tenant, p));
    }

    @Test
    void anotherTenantsDocumentsNeverAppear() {
        TenantId tenant = freshTenant();
        documents().createMetadata(BrandSamples.metadata(tenant, 500, "0.1", T0), Option.none()).get();
        documentsWritten();
        assertThat(analytics().brandsBelow(freshTenant(), BrandSamples.confidence("1"), PageRequest.first(10)).get()
                .items()).isEmpty();
    }

    /** Reads every page of a query with the given page size, checking each full page is exactly that size. */
    protected static <T> List<T> drain(Function<PageRequest, Either<Problem, Page<T>>> query, int limit) {
        List<T> all = new ArrayList<>();
        PageRequest request = PageRequest.first(limit);
        for (int guard = 0; guard < 1000; guard++) {
            Page<T> page = query.apply(request).get();
            all.addAll(page.items());
            if (page.next().isEmpty()) {
                return all;
            }
            assertThat(page.items()).hasSize(limit);
            request = request.after(page.next().get());
        }
        throw new AssertionError("paging did not end");
    }
}
