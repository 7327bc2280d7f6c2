package dev.portside.adapters.inmemory.brands;

import dev.portside.adapters.inmemory.support.Pager;
import dev.portside.adapters.inmemory.support.RevisionedWrites;
import dev.portside.domain.brands.BrandAnalytics;
import dev.portside.domain.brands.BrandDocumentStore;
import dev.portside.domain.brands.BrandId;
import dev.portside.domain.brands.BrandMetadata;
import dev.portside.domain.brands.BrandSummary;
import dev.portside.domain.brands.Confidence;
import dev.portside.domain.brands.ConfidenceBuckets;
import dev.portside.domain.brands.ConfidenceRange;
import dev.portside.domain.brands.DatedKind;
import dev.portside.domain.brands.Tally;
import dev.portside.domain.brands.Escalation;
import dev.portside.domain.brands.EscalationId;
import dev.portside.domain.brands.EscalationStatus;
import dev.portside.domain.brands.ExecutionArn;
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
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.time.Instant;

/**
 * The reference model of the brand registry's storage: documents and analytics over them, in
 * memory, thread-safe behind one lock (so a metadata write and the escalation it opens are atomic).
 * It keeps the immutable records it is given, checks revisions like the S3 adapter's conditional
 * writes, and pages with signed keyset cursors in the same orders as the Athena adapter.
 */
public final class InMemoryBrandStore implements BrandDocumentStore, BrandAnalytics {

    private final RevisionedWrites<BrandMetadata> metadata = RevisionedWrites.of("brand metadata",
            BrandMetadata::tenant, m -> "brand " + m.brandId(), BrandMetadata::revision, BrandMetadata::withRevision)
            .whenAbsent(RevisionedWrites.Absent.CONFLICT);
    private final RevisionedWrites<Feedback> feedback =
            RevisionedWrites.createOnce("feedback", Feedback::tenant, f -> f.id().toString());
    private final RevisionedWrites<WorkflowExecution> executions = RevisionedWrites.of("execution",
            WorkflowExecution::tenant, e -> e.id().toString(), WorkflowExecution::revision,
            WorkflowExecution::withRevision).whenAbsent(RevisionedWrites.Absent.CONFLICT);
    private final RevisionedWrites<Escalation> escalations = RevisionedWrites.of("escalation", Escalation::tenant,
            e -> e.id().toString(), Escalation::revision, Escalation::withRevision)
            .whenAbsent(RevisionedWrites.Absent.CONFLICT);
    private final java.util.Map<String, ExecutionId> executionsByArn = new java.util.HashMap<>();
    private final Pager pager;

    public InMemoryBrandStore(CursorCodec cursors) {
        this.pager = new Pager(cursors);
    }

    @Override
    public synchronized Either<Problem, BrandMetadata> createMetadata(BrandMetadata document,
                                                                     Option<Escalation> opened) {
        return metadata.checkCreate(document).flatMap(free -> open(document.tenant(), opened))
                .flatMap(ok -> metadata.create(document));
    }

    @Override
    public synchronized Either<Problem, BrandMetadata> saveMetadata(BrandMetadata document,
                                                                   Option<Escalation> opened) {
        return metadata.checkRevision(document).flatMap(current -> open(document.tenant(), opened))
                .flatMap(ok -> metadata.save(document));
    }

    private Either<Problem, Option<Escalation>> open(TenantId tenant, Option<Escalation> opened) {
        if (opened.isEmpty()) {
            return Either.right(opened);
        }
        if (!opened.get().tenant().equals(tenant)) {
            return Either.left(Problem.Invalid.of("tenant", opened.get().tenant(),
                    "must be the tenant the store is asked for (" + tenant + ")"));
        }
        return escalations.create(opened.get()).map(Option::some);
    }

    @Override
    public synchronized Either<Problem, Option<BrandMetadata>> metadata(TenantId tenant, BrandId brandId) {
        return Either.right(metadata.get(tenant, "brand " + brandId));
    }

    @Override
    public synchronized Either<Problem, Feedback> createFeedback(Feedback document) {
        return feedback.create(document);
    }

    @Override
    public synchronized Either<Problem, Option<Feedback>> feedback(TenantId tenant, FeedbackId id) {
        return Either.right(feedback.get(tenant, id.toString()));
    }

    @Override
    public synchronized Either<Problem, WorkflowExecution> createExecution(WorkflowExecution document) {
        if (document.arn().isDefined()) {
            String arn = document.arn().get();
            Option<ExecutionId> recorded = Option.of(executionsByArn.get(arnKey(document.tenant(), arn)));
            if (recorded.isDefined() && !recorded.get().equals(document.id())) {
                return Either.left(new Problem.AlreadyExists("execution", arn));
            }
        }
        return executions.create(document).peek(created -> created.arn()
                .forEach(arn -> executionsByArn.put(arnKey(created.tenant(), arn), created.id())));
    }

    @Override
    public synchronized Either<Problem, Option<WorkflowExecution>> executionByArn(TenantId tenant, ExecutionArn arn) {
        return Either.right(Option.of(executionsByArn.get(arnKey(tenant, arn.value())))
                .flatMap(id -> executions.get(tenant, id.toString()))
                .filter(found -> found.arn().contains(arn.value())));
    }

    private static String arnKey(TenantId tenant, String arn) {
        return tenant.value() + "|" + arn;
    }

    @Override
    public synchronized Either<Problem, WorkflowExecution> saveExecution(WorkflowExecution document) {
        return executions.save(document);
    }

    @Override
    public synchronized Either<Problem, Option<WorkflowExecution>> execution(TenantId tenant, ExecutionId id) {
        return Either.right(executions.get(tenant, id.toString()));
    }

    @Override
    public synchronized Either<Problem, Escalation> createEscalation(Escalation document) {
        return escalations.create(document.withRevision(dev.portside.domain.kernel.Revision.INITIAL));
    }

    @Override
    public synchronized Either<Problem, Escalation> saveEscalation(Escalation document) {
        return escalations.save(document);
    }

    @Override
    public synchronized Either<Problem, Option<Escalation>> escalation(TenantId tenant, EscalationId id) {
        return Either.right(escalations.get(tenant, id.toString()));
    }

    @Override
    public synchronized Either<Problem, Page<BrandSummary>> brandsBelow(TenantId tenant, Confidence below,
                                                                       PageRequest page) {
        List<BrandSummary> rows = metadata.all(tenant).stream()
                .filter(m -> m.confidence().isBelow(below))
                .map(BrandMetadata::summary).toList();
        return pager.page(tenant, "brands.below|" + below, rows, SortKeys::brand, Pager.Order.ASCENDING, page);
    }

    @Override
    public synchronized Either<Problem, Page<Feedback>> feedback(TenantId tenant, FeedbackCategory category,
                                                                LocalDate from, LocalDate to, PageRequest page) {
        List<Feedback> rows = feedback.all(tenant).stream()
                .filter(f -> f.category() == category
                        && within(f.submittedAt().atOffset(ZoneOffset.UTC).toLocalDate(), from, to))
                .toList();
        return pager.page(tenant, "brands.feedback|" + category + "|" + from + "|" + to, rows, SortKeys::feedback,
                Pager.Order.ASCENDING, page);
    }

    @Override
    public synchronized Either<Problem, Page<Feedback>> feedbackOfBrand(TenantId tenant, BrandId brand,
                                                                       PageRequest page) {
        List<Feedback> rows = feedback.all(tenant).stream().filter(f -> f.brandId().equals(brand)).toList();
        return pager.page(tenant, "brands.feedbackOfBrand|" + brand, rows, SortKeys::feedback, Pager.Order.ASCENDING,
                page);
    }

    @Override
    public synchronized Either<Problem, Page<Escalation>> escalationsOfBrand(TenantId tenant, BrandId brand,
                                                                            PageRequest page) {
        List<Escalation> rows = escalations.all(tenant).stream().filter(e -> e.brandId().equals(brand)).toList();
        return pager.page(tenant, "brands.escalationsOfBrand|" + brand, rows, SortKeys::escalation,
                Pager.Order.ASCENDING, page);
    }

    @Override
    public synchronized Either<Problem, Page<Escalation>> openEscalations(TenantId tenant, PageRequest page) {
        List<Escalation> rows = escalations.all(tenant).stream()
                .filter(e -> e.status() == EscalationStatus.OPEN).toList();
        return pager.page(tenant, "brands.openEscalations", rows, SortKeys::escalation, Pager.Order.ASCENDING, page);
    }

    @Override
    public synchronized Either<Problem, Page<WorkflowExecution>> executions(TenantId tenant, ExecutionStatus status,
                                                                           LocalDate from, LocalDate to,
                                                                           PageRequest page) {
        List<WorkflowExecution> rows = executions.all(tenant).stream()
                .filter(e -> e.status() == status
                        && within(e.startedAt().atOffset(ZoneOffset.UTC).toLocalDate(), from, to))
                .toList();
        return pager.page(tenant, "brands.executions|" + status + "|" + from + "|" + to, rows,
                SortKeys::execution, Pager.Order.ASCENDING, page);
    }

    @Override
    public synchronized Either<Problem, List<Tally<EscalationStatus>>> escalationsByStatus(TenantId tenant,
                                                                                       LocalDate from, LocalDate to) {
        return Either.right(countWithin(List.of(EscalationStatus.values()), escalations.all(tenant).stream(),
                Escalation::escalatedAt, from, to, Escalation::status));
    }

    @Override
    public synchronized Either<Problem, List<Tally<ExecutionStatus>>> executionsByStatus(TenantId tenant,
                                                                                     LocalDate from, LocalDate to) {
        return Either.right(countWithin(List.of(ExecutionStatus.values()), executions.all(tenant).stream(),
                WorkflowExecution::startedAt, from, to, WorkflowExecution::status));
    }

    @Override
    public synchronized Either<Problem, List<Tally<FeedbackCategory>>> feedbackByCategory(TenantId tenant,
                                                                                      LocalDate from, LocalDate to) {
        return Either.right(countWithin(List.of(FeedbackCategory.values()), feedback.all(tenant).stream(),
                Feedback::submittedAt, from, to, Feedback::category));
    }

    @Override
    public synchronized Either<Problem, List<Tally<LocalDate>>> countsByDay(TenantId tenant, DatedKind kind,
                                                                           LocalDate from, LocalDate to) {
        java.util.stream.Stream<Instant> times = switch (kind) {
            case FEEDBACK -> feedback.all(tenant).stream().map(Feedback::submittedAt);
            case EXECUTIONS -> executions.all(tenant).stream().map(WorkflowExecution::startedAt);
            case ESCALATIONS -> escalations.all(tenant).stream().map(Escalation::escalatedAt);
        };
        return Either.right(countWithin(BrandAnalytics.days(from, to), times, at -> at, from, to,
                InMemoryBrandStore::day));
    }

    @Override
    public synchronized Either<Problem, List<Tally<ConfidenceRange>>> brandsByConfidence(TenantId tenant,
                                                                                      ConfidenceBuckets buckets) {
        List<ConfidenceRange> ranges = buckets.ranges();
        return Either.right(Tally.count(ranges, metadata.all(tenant).stream(),
                m -> ranges.get(buckets.indexOf(m.confidence()))));
    }

    /** The documents of {@code items} whose time falls on a day from {@code from} to {@code to}, counted by key. */
    private static <T, K> List<Tally<K>> countWithin(List<K> keys, java.util.stream.Stream<T> items,
                                                     java.util.function.Function<T, Instant> time, LocalDate from,
                                                     LocalDate to, java.util.function.Function<T, K> key) {
        return Tally.count(keys, items.filter(item -> within(day(time.apply(item)), from, to)), key);
    }

    private static LocalDate day(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
