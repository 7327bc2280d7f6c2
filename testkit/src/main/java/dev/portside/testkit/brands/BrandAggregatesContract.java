package dev.portside.testkit.brands;

import static dev.portside.testkit.brands.BrandSamples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.brands.BrandAnalytics;
import dev.portside.domain.brands.BrandDocumentStore;
import dev.portside.domain.brands.BrandMetadata;
import dev.portside.domain.brands.ConfidenceBuckets;
import dev.portside.domain.brands.DatedKind;
import dev.portside.domain.brands.Escalation;
import dev.portside.domain.brands.EscalationStatus;
import dev.portside.domain.brands.ExecutionStatus;
import dev.portside.domain.brands.FeedbackCategory;
import dev.portside.domain.brands.Tally;
import dev.portside.domain.brands.WorkflowExecution;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The contract of the aggregate queries of every {@link BrandAnalytics}: exact counts on fixed data, and on random
 * data the same answers as the in-memory reference model given the same documents.
 */
public abstract class BrandAggregatesContract {

    /** The documents and analytics of one adapter (or pair). */
    public record Stores(BrandDocumentStore documents, BrandAnalytics analytics) {
    }

    protected abstract Stores adapter();

    /** A fresh in-memory reference model. */
    protected abstract Stores referenceModel();

    /** Called after a test wrote its documents, before it queries (e.g. to sync a query engine). */
    protected void documentsWritten() {
    }

    private static final LocalDate D0 = BrandSamples.day(T0);

    protected static TenantId freshTenant() {
        return BrandSamples.tenant("t" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static <T> T right(Either<Problem, T> result) {
        return result.getOrElseThrow(p -> new AssertionError(p.message()));
    }

    private static <K> List<Long> counts(Either<Problem, List<Tally<K>>> tallies) {
        return right(tallies).stream().map(Tally::count).toList();
    }

    @Test
    void fixedDocumentsAreCountedExactlyWithEveryKeyAndZeros() {
        TenantId tenant = freshTenant();
        BrandDocumentStore documents = adapter().documents();
        documents.createFeedback(BrandSamples.feedback(tenant, 1, FeedbackCategory.REGEX_CORRECTION, T0)).get();
        documents.createFeedback(BrandSamples.feedback(tenant, 2, FeedbackCategory.REGEX_CORRECTION, T0.plusSeconds(1)))
                .get();
        documents.createFeedback(BrandSamples.feedback(tenant, 1, FeedbackCategory.GENERAL, T0.plus(Duration.ofDays(1))))
                .get();
        documents.createFeedback(BrandSamples.feedback(tenant, 1, FeedbackCategory.GENERAL, T0.plus(Duration.ofDays(5))))
                .get();
        documents.createExecution(BrandSamples.execution(tenant, 1, T0)).get();
        for (ExecutionStatus end : List.of(ExecutionStatus.FAILED, ExecutionStatus.SUCCEEDED)) {
            WorkflowExecution run = right(documents.createExecution(BrandSamples.execution(tenant, 2,
                    T0.plus(Duration.ofDays(1)))));
            documents.saveExecution(run.finish(end, T0.plus(Duration.ofDays(1)).plusSeconds(30), Option.none()).get())
                    .get();
        }
        String[] scores = {"0.05", "0.1", "0.95", "1", "0", "0.5"};
        int[] escalatedOnDay = {0, 0, 2, -1, -1, -1};
        for (int i = 0; i < scores.length; i++) {
            Option<Escalation> opened = escalatedOnDay[i] < 0 ? Option.none() : Option.some(BrandSamples.escalation(
                    tenant, 10 + i, scores[i], T0.plus(Duration.ofDays(escalatedOnDay[i])).plusSeconds(i)));
            documents.createMetadata(BrandSamples.metadata(tenant, 10 + i, scores[i], T0), opened).get();
            if (i == 1) {
                documents.saveEscalation(opened.get().moveTo(EscalationStatus.IN_REVIEW, Option.none(),
                        T0.plusSeconds(60)).get()).get();
            }
        }
        documentsWritten();
        BrandAnalytics analytics = adapter().analytics();
        LocalDate to = D0.plusDays(2);

        assertThat(right(analytics.feedbackByCategory(tenant, D0, to))).containsExactly(
                new Tally<>(FeedbackCategory.REGEX_CORRECTION, 2), new Tally<>(FeedbackCategory.MCC_CORRECTION, 0),
                new Tally<>(FeedbackCategory.NAME_CORRECTION, 0), new Tally<>(FeedbackCategory.FALSE_POSITIVE, 0),
                new Tally<>(FeedbackCategory.GENERAL, 1));
        assertThat(counts(analytics.executionsByStatus(tenant, D0, to))).containsExactly(1L, 1L, 1L, 0L, 0L);
        assertThat(counts(analytics.escalationsByStatus(tenant, D0, to))).containsExactly(2L, 1L, 0L, 0L);
        assertThat(counts(analytics.escalationsByStatus(tenant, D0.plusDays(1), to))).containsExactly(1L, 0L, 0L, 0L);
        assertThat(right(analytics.countsByDay(tenant, DatedKind.FEEDBACK, D0, to))).containsExactly(
                new Tally<>(D0, 2), new Tally<>(D0.plusDays(1), 1), new Tally<>(D0.plusDays(2), 0));
        assertThat(counts(analytics.countsByDay(tenant, DatedKind.EXECUTIONS, D0, to))).containsExactly(1L, 2L, 0L);
        assertThat(counts(analytics.countsByDay(tenant, DatedKind.ESCALATIONS, D0, to))).containsExactly(2L, 0L, 1L);
        assertThat(counts(analytics.countsByDay(tenant, DatedKind.FEEDBACK, D0.plusDays(5), D0.plusDays(5))))
                .containsExactly(1L);

        var tenths = right(analytics.brandsByConfidence(tenant, ConfidenceBuckets.ofWidth("width",
                new BigDecimal("0.1")).get()));
        assertThat(tenths).extracting(t -> t.key().toString()).startsWith("[0.0000, 0.1000)")
                .endsWith("[0.9000, 1.0000]").hasSize(10);
        assertThat(tenths).extracting(Tally::count).containsExactly(2L, 1L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 2L);
        assertThat(counts(analytics.brandsByConfidence(tenant, ConfidenceBuckets.ofBounds("bounds",
                List.of(new BigDecimal("0.1"), new BigDecimal("0.5"))).get()))).containsExactly(2L, 1L, 3L);

        TenantId empty = freshTenant();
        assertThat(counts(analytics.escalationsByStatus(empty, D0, to))).containsOnly(0L).hasSize(4);
        assertThat(counts(analytics.brandsByConfidence(empty, ConfidenceBuckets.ofWidth("width",
                new BigDecimal("0.25")).get()))).containsExactly(0L, 0L, 0L, 0L);
    }

    @Property(tries = 4)
    void randomDocumentsAreCountedLikeTheReferenceModel(@ForAll long seed) {
        Random random = new Random(seed);
        TenantId tenant = freshTenant();
        Stores real = adapter();
        Stores model = referenceModel();
        for (Stores stores : List.of(real, model)) {
            write(new Random(seed), tenant, stores.documents());
        }
        documentsWritten();
        LocalDate from = D0.plusDays(random.nextInt(3));
        LocalDate to = from.plusDays(random.nextInt(6));
        ConfidenceBuckets buckets = random.nextBoolean()
                ? ConfidenceBuckets.ofWidth("width", BigDecimal.valueOf(1 + random.nextInt(50), 2)).get()
                : ConfidenceBuckets.ofBounds("bounds", List.of(BigDecimal.valueOf(1 + random.nextInt(4000), 4),
                        BigDecimal.valueOf(5000 + random.nextInt(5000), 4))).get();
        List<Function<BrandAnalytics, Either<Problem, ? extends List<?>>>> queries = List.of(
                a -> a.feedbackByCategory(tenant, from, to),
                a -> a.executionsByStatus(tenant, from, to),
                a -> a.escalationsByStatus(tenant, from, to),
                a -> a.countsByDay(tenant, DatedKind.FEEDBACK, from, to),
                a -> a.countsByDay(tenant, DatedKind.EXECUTIONS, from, to),
                a -> a.countsByDay(tenant, DatedKind.ESCALATIONS, from, to),
                a -> a.brandsByConfidence(tenant, buckets));
        for (var query : queries) {
            assertThat(right(query.apply(real.analytics()))).isEqualTo(right(query.apply(model.analytics())));
        }
    }

    /** The same documents for the same seed (ids included). */
    private static void write(Random random, TenantId tenant, BrandDocumentStore documents) {
        Instant start = T0.minus(Duration.ofDays(1));
        for (int i = 0; i < 4 + random.nextInt(8); i++) {
            Instant at = start.plusSeconds(random.nextInt(8 * 24 * 3600));
            documents.createFeedback(new dev.portside.domain.brands.Feedback(tenant,
                    dev.portside.domain.brands.FeedbackId.issue(BrandSamples.day(at), "f" + i),
                    new dev.portside.domain.brands.BrandId(1 + random.nextInt(3)), "text " + i,
                    FeedbackCategory.values()[random.nextInt(FeedbackCategory.values().length)], at)).get();
        }
        for (int i = 0; i < 3 + random.nextInt(6); i++) {
            Instant at = start.plusSeconds(random.nextInt(8 * 24 * 3600));
            WorkflowExecution run = right(documents.createExecution(WorkflowExecution.start(tenant,
                    dev.portside.domain.brands.ExecutionId.issue(BrandSamples.day(at), "x" + i),
                    Option.some(BrandSamples.arn(i, tenant.value())), new dev.portside.domain.brands.BrandId(1 + i),
                    at)));
            ExecutionStatus end = ExecutionStatus.values()[random.nextInt(ExecutionStatus.values().length)];
            if (end.isTerminal()) {
                documents.saveExecution(run.finish(end, at.plusSeconds(30), Option.none()).get()).get();
            }
        }
        for (int i = 0; i < 3 + random.nextInt(8); i++) {
            Instant at = start.plusSeconds(random.nextInt(8 * 24 * 3600));
            String score = BigDecimal.valueOf(random.nextInt(10_001), 4).toPlainString();
            boolean escalate = random.nextBoolean();
            Option<Escalation> opened = escalate ? Option.some(Escalation.open(tenant,
                    dev.portside.domain.brands.EscalationId.issue(BrandSamples.day(at), "e" + i),
                    new dev.portside.domain.brands.BrandId(100 + i), "Brand " + i, "low", BrandSamples.confidence(score),
                    at)) : Option.none();
            BrandMetadata metadata = BrandSamples.metadata(tenant, 100 + i, score, T0);
            documents.createMetadata(metadata, opened).get();
            if (escalate && random.nextBoolean()) {
                Escalation inReview = documents.saveEscalation(opened.get().moveTo(EscalationStatus.IN_REVIEW,
                        Option.none(), at.plusSeconds(5)).get()).get();
                if (random.nextBoolean()) {
                    EscalationStatus end = random.nextBoolean() ? EscalationStatus.RESOLVED : EscalationStatus.DISMISSED;
                    documents.saveEscalation(inReview.moveTo(end, Option.some("checked"), at.plusSeconds(9)).get())
                            .get();
                }
            }
        }
    }
}
