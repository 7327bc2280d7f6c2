package dev.portside.adapters.s3.brands;

import dev.portside.adapters.s3.support.Guard;
import dev.portside.domain.brands.BrandAnalytics;
import dev.portside.domain.brands.BrandId;
import dev.portside.domain.brands.BrandSummary;
import dev.portside.domain.brands.Confidence;
import dev.portside.domain.brands.ConfidenceBuckets;
import dev.portside.domain.brands.ConfidenceRange;
import dev.portside.domain.brands.DatedKind;
import dev.portside.domain.brands.Tally;
import dev.portside.domain.brands.Escalation;
import dev.portside.domain.brands.EscalationId;
import dev.portside.domain.brands.EscalationStatus;
import dev.portside.domain.brands.ExecutionId;
import dev.portside.domain.brands.ExecutionStatus;
import dev.portside.domain.brands.Feedback;
import dev.portside.domain.brands.FeedbackCategory;
import dev.portside.domain.brands.FeedbackId;
import dev.portside.domain.brands.WorkflowExecution;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.HashMap;
import java.util.Map;

/**
 * Brand analytics on Athena over the JSON documents the S3 store writes (tables from
 * {@link AthenaBrandProvisioner}). Each first page runs one typed query ({@link BrandQueries}); later
 * pages continue the same query execution with Athena's NextToken, carried in a signed cursor, and
 * keep reading until the page holds exactly {@code limit} rows or the results end.
 */
public final class AthenaBrandAnalytics implements BrandAnalytics {

    private final AthenaQueryRunner runner;
    private final BrandQueries queries;
    private final CursorCodec cursors;

    public AthenaBrandAnalytics(AthenaQueryRunner runner, BrandQueries queries, CursorCodec cursors) {
        this.runner = runner;
        this.queries = queries;
        this.cursors = cursors;
    }

    @Override
    public Either<Problem, Page<BrandSummary>> brandsBelow(TenantId tenant, Confidence below, PageRequest page) {
        return page(tenant, queries.brandsBelow(tenant, below), page, r -> new BrandSummary(
                new BrandId(Long.parseLong(r.get(0))), r.get(1), confidence(r.get(2)), Long.parseLong(r.get(3)),
                BrandJson.instant(r.get(4))));
    }

    @Override
    public Either<Problem, Page<Feedback>> feedback(TenantId tenant, FeedbackCategory category, LocalDate from,
                                                   LocalDate to, PageRequest page) {
        return page(tenant, queries.feedback(tenant, category, from, to), page, r -> feedback(tenant, r));
    }

    @Override
    public Either<Problem, Page<Feedback>> feedbackOfBrand(TenantId tenant, BrandId brand, PageRequest page) {
        return page(tenant, queries.feedbackOfBrand(tenant, brand), page, r -> feedback(tenant, r));
    }

    @Override
    public Either<Problem, Page<Escalation>> escalationsOfBrand(TenantId tenant, BrandId brand, PageRequest page) {
        return page(tenant, queries.escalationsOfBrand(tenant, brand), page, r -> escalation(tenant, r));
    }

    @Override
    public Either<Problem, Page<Escalation>> openEscalations(TenantId tenant, PageRequest page) {
        return page(tenant, queries.openEscalations(tenant), page, r -> escalation(tenant, r));
    }

    private static Feedback feedback(TenantId tenant, List<String> r) {
        return new Feedback(tenant, new FeedbackId(r.get(0)), new BrandId(Long.parseLong(r.get(1))), r.get(2),
                FeedbackCategory.valueOf(r.get(3)), BrandJson.instant(r.get(4)));
    }

    private static Escalation escalation(TenantId tenant, List<String> r) {
        return new Escalation(tenant, new EscalationId(r.get(0)), new BrandId(Long.parseLong(r.get(1))), r.get(2),
                r.get(3), confidence(r.get(4)), BrandJson.instant(r.get(5)), EscalationStatus.valueOf(r.get(6)),
                Option.of(r.get(7)), BrandJson.instant(r.get(8)), new Revision(Long.parseLong(r.get(9))));
    }

    @Override
    public Either<Problem, Page<WorkflowExecution>> executions(TenantId tenant, ExecutionStatus status,
                                                              LocalDate from, LocalDate to, PageRequest page) {
        return page(tenant, queries.executions(tenant, status, from, to), page, r -> new WorkflowExecution(tenant,
                new ExecutionId(r.get(0)), Option.of(r.get(1)), new BrandId(Long.parseLong(r.get(2))),
                ExecutionStatus.valueOf(r.get(3)), BrandJson.instant(r.get(4)),
                Option.of(r.get(5)).map(BrandJson::instant), Option.of(r.get(6)),
                new Revision(Long.parseLong(r.get(7)))));
    }

    @Override
    public Either<Problem, List<Tally<EscalationStatus>>> escalationsByStatus(TenantId tenant, LocalDate from,
                                                                              LocalDate to) {
        return tally(queries.countBy(tenant, BrandQueries.ESCALATIONS_TABLE, "status", "escalated_at", from, to),
                EscalationStatus::valueOf, List.of(EscalationStatus.values()));
    }

    @Override
    public Either<Problem, List<Tally<ExecutionStatus>>> executionsByStatus(TenantId tenant, LocalDate from,
                                                                            LocalDate to) {
        return tally(queries.countBy(tenant, BrandQueries.EXECUTIONS_TABLE, "status", "started_at", from, to),
                ExecutionStatus::valueOf, List.of(ExecutionStatus.values()));
    }

    @Override
    public Either<Problem, List<Tally<FeedbackCategory>>> feedbackByCategory(TenantId tenant, LocalDate from,
                                                                             LocalDate to) {
        return tally(queries.countBy(tenant, BrandQueries.FEEDBACK_TABLE, "category", "submitted_at", from, to),
                FeedbackCategory::valueOf, List.of(FeedbackCategory.values()));
    }

    @Override
    public Either<Problem, List<Tally<LocalDate>>> countsByDay(TenantId tenant, DatedKind kind, LocalDate from,
                                                               LocalDate to) {
        AthenaQuery query = switch (kind) {
            case FEEDBACK -> queries.countBy(tenant, BrandQueries.FEEDBACK_TABLE, "day", "submitted_at", from, to);
            case EXECUTIONS -> queries.countBy(tenant, BrandQueries.EXECUTIONS_TABLE, "day", "started_at", from, to);
            case ESCALATIONS -> queries.countBy(tenant, BrandQueries.ESCALATIONS_TABLE, "day", "escalated_at", from,
                    to);
        };
        return tally(query, LocalDate::parse, BrandAnalytics.days(from, to));
    }

    @Override
    public Either<Problem, List<Tally<ConfidenceRange>>> brandsByConfidence(TenantId tenant,
                                                                            ConfidenceBuckets buckets) {
        List<ConfidenceRange> ranges = buckets.ranges();
        return tally(queries.brandsByConfidence(tenant, buckets), key -> ranges.get(Integer.parseInt(key)), ranges);
    }

    /** Runs a grouped count (rows: key, count) and reads every row, a few hundred at most. */
    private <K> Either<Problem, List<Tally<K>>> tally(AthenaQuery query, Function<String, K> key, List<K> keys) {
        return runner.run(query).flatMap(id -> collect(id, Option.none(), 10_000,
                r -> Map.entry(key.apply(r.get(0)), Long.parseLong(r.get(1)))))
                .map(found -> {
                    Map<K, Long> counts = new HashMap<>();
                    found.items.forEach(e -> counts.merge(e.getKey(), e.getValue(), Long::sum));
                    return Tally.complete(keys, counts);
                });
    }

    private <T> Either<Problem, Page<T>> page(TenantId tenant, AthenaQuery query, PageRequest request,
                                              Function<List<String>, T> mapper) {
        Either<Problem, String[]> position = request.after().isEmpty()
                ? runner.run(query).map(id -> new String[] {id, null})
                : cursors.decode(request.after().get(), tenant, query.fingerprint())
                        .map(p -> p.split("\\|", 2));
        return position.flatMap(at -> collect(at[0], Option.of(at.length > 1 && at[1] != null && !at[1].isEmpty() ? at[1] : null),
                request.limit(), mapper).map(found -> new Page<>(found.items, found.token.map(
                        token -> cursors.encode(tenant, query.fingerprint(), at[0] + "|" + token)))));
    }

    private record Collected<T>(List<T> items, Option<String> token) {
    }

    private <T> Either<Problem, Collected<T>> collect(String id, Option<String> token, int limit,
                                                     Function<List<String>, T> mapper) {
        List<T> items = new ArrayList<>();
        Option<String> next = token;
        boolean first = token.isEmpty();
        do {
            Either<Problem, AthenaQueryRunner.Rows> rows = first ? runner.rows(id, Option.none(), limit - items.size())
                    : runner.rows(id, next, limit - items.size());
            if (rows.isLeft()) {
                return Either.left(rows.getLeft());
            }
            try {
                rows.get().rows().forEach(r -> items.add(mapper.apply(r)));
            } catch (RuntimeException e) {
                return Either.left(new Problem.Unavailable(Guard.ATHENA.backend(), false,
                        "query " + id + " returned a row that is not a brand document: " + e.getClass().getSimpleName()));
            }
            next = rows.get().nextToken();
            first = false;
        } while (items.size() < limit && next.isDefined());
        return Either.right(new Collected<>(items, next));
    }

    private static Confidence confidence(String text) {
        return BrandJson.confidence(new BigDecimal(text));
    }
}
