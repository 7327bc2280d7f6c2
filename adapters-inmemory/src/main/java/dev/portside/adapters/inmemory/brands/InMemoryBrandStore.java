package dev.portside.adapters.inmemory.brands;

import dev.portside.domain.brands.BrandAnalytics;
import dev.portside.domain.brands.BrandDocumentStore;
import dev.portside.domain.brands.BrandId;
import dev.portside.domain.brands.BrandMetadata;
import dev.portside.domain.brands.BrandSummary;
import dev.portside.domain.brands.Confidence;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The reference model of the brand registry's storage: documents and analytics over them, in
 * memory, thread-safe behind one lock (so a metadata write and the escalation it opens are atomic).
 * It keeps the immutable records it is given, checks revisions like the S3 adapter's conditional
 * writes, and pages with signed keyset cursors in the same orders as the Athena adapter.
 */
public final class InMemoryBrandStore implements BrandDocumentStore, BrandAnalytics {

    private final Map<String, BrandMetadata> metadata = new HashMap<>();
    private final Map<String, Feedback> feedback = new HashMap<>();
    private final Map<String, WorkflowExecution> executions = new HashMap<>();
    private final Map<String, Escalation> escalations = new HashMap<>();
    private final CursorCodec cursors;

    public InMemoryBrandStore(CursorCodec cursors) {
        this.cursors = cursors;
    }

    private static String key(TenantId tenant, Object id) {
        return tenant.value() + "\u0000" + id;
    }

    @Override
    public synchronized Either<Problem, BrandMetadata> createMetadata(BrandMetadata document,
                                                                     Option<Escalation> opened) {
        TenantId tenant = document.tenant();
        return sameTenant(tenant, document.tenant()).flatMap(ok -> {
            String key = key(tenant, document.brandId());
            if (metadata.containsKey(key)) {
                return Either.left(new Problem.AlreadyExists("brand metadata", "brand " + document.brandId()));
            }
            return putWithEscalation(tenant, key, document.withRevision(Revision.INITIAL), opened);
        });
    }

    @Override
    public synchronized Either<Problem, BrandMetadata> saveMetadata(BrandMetadata document,
                                                                   Option<Escalation> opened) {
        TenantId tenant = document.tenant();
        return sameTenant(tenant, document.tenant()).flatMap(ok -> {
            String key = key(tenant, document.brandId());
            BrandMetadata stored = metadata.get(key);
            if (stored == null || !stored.revision().equals(document.revision())) {
                return Either.left(new Problem.Conflict("brand metadata", "brand " + document.brandId(),
                        document.revision(), stored == null ? null : stored.revision()));
            }
            return putWithEscalation(tenant, key, document.withRevision(document.revision().next()), opened);
        });
    }

    private Either<Problem, BrandMetadata> putWithEscalation(TenantId tenant, String key, BrandMetadata document,
                                                            Option<Escalation> opened) {
        if (opened.isDefined()) {
            Either<Problem, Escalation> created = sameTenant(tenant, opened.get().tenant())
                    .flatMap(ok -> createIn(escalations, key(tenant, opened.get().id()),
                            opened.get().withRevision(Revision.INITIAL), "escalation", opened.get().id()));
            if (created.isLeft()) {
                return Either.left(created.getLeft());
            }
        }
        metadata.put(key, document);
        return Either.right(document);
    }

    @Override
    public synchronized Either<Problem, Option<BrandMetadata>> metadata(TenantId tenant, BrandId brandId) {
        return Either.right(Option.of(metadata.get(key(tenant, brandId))));
    }

    @Override
    public synchronized Either<Problem, Feedback> createFeedback(Feedback document) {
        TenantId tenant = document.tenant();
        return sameTenant(tenant, document.tenant())
                .flatMap(ok -> createIn(feedback, key(tenant, document.id()), document, "feedback", document.id()));
    }

    @Override
    public synchronized Either<Problem, Option<Feedback>> feedback(TenantId tenant, FeedbackId id) {
        return Either.right(Option.of(feedback.get(key(tenant, id))));
    }

    @Override
    public synchronized Either<Problem, WorkflowExecution> createExecution(WorkflowExecution document) {
        TenantId tenant = document.tenant();
        return sameTenant(tenant, document.tenant()).flatMap(ok -> createIn(executions, key(tenant, document.id()),
                document.withRevision(Revision.INITIAL), "execution", document.id()));
    }

    @Override
    public synchronized Either<Problem, WorkflowExecution> saveExecution(WorkflowExecution document) {
        TenantId tenant = document.tenant();
        return sameTenant(tenant, document.tenant()).flatMap(ok -> saveIn(executions, key(tenant, document.id()),
                document, document.revision(), document.withRevision(document.revision().next()), "execution",
                document.id(), WorkflowExecution::revision));
    }

    @Override
    public synchronized Either<Problem, Option<WorkflowExecution>> execution(TenantId tenant, ExecutionId id) {
        return Either.right(Option.of(executions.get(key(tenant, id))));
    }

    @Override
    public synchronized Either<Problem, Escalation> saveEscalation(Escalation document) {
        TenantId tenant = document.tenant();
        return sameTenant(tenant, document.tenant()).flatMap(ok -> saveIn(escalations, key(tenant, document.id()),
                document, document.revision(), document.withRevision(document.revision().next()), "escalation",
                document.id(), Escalation::revision));
    }

    @Override
    public synchronized Either<Problem, Option<Escalation>> escalation(TenantId tenant, EscalationId id) {
        return Either.right(Option.of(escalations.get(key(tenant, id))));
    }

    @Override
    public synchronized Either<Problem, Page<BrandSummary>> brandsBelow(TenantId tenant, Confidence below,
                                                                       PageRequest page) {
        List<BrandSummary> rows = metadata.values().stream()
                .filter(m -> m.tenant().equals(tenant) && m.confidence().isBelow(below))
                .map(BrandMetadata::summary).toList();
        return KeysetPager.page(cursors, tenant, "brands.below|" + below, rows, SortKeys::brand, page);
    }

    @Override
    public synchronized Either<Problem, Page<Feedback>> feedback(TenantId tenant, FeedbackCategory category,
                                                                LocalDate from, LocalDate to, PageRequest page) {
        List<Feedback> rows = feedback.values().stream()
                .filter(f -> f.tenant().equals(tenant) && f.category() == category
                        && within(f.submittedAt().atOffset(ZoneOffset.UTC).toLocalDate(), from, to))
                .toList();
        return KeysetPager.page(cursors, tenant, "brands.feedback|" + category + "|" + from + "|" + to, rows,
                SortKeys::feedback, page);
    }

    @Override
    public synchronized Either<Problem, Page<Escalation>> openEscalations(TenantId tenant, PageRequest page) {
        List<Escalation> rows = escalations.values().stream()
                .filter(e -> e.tenant().equals(tenant) && e.status() == EscalationStatus.OPEN).toList();
        return KeysetPager.page(cursors, tenant, "brands.openEscalations", rows, SortKeys::escalation, page);
    }

    @Override
    public synchronized Either<Problem, Page<WorkflowExecution>> executions(TenantId tenant, ExecutionStatus status,
                                                                           LocalDate from, LocalDate to,
                                                                           PageRequest page) {
        List<WorkflowExecution> rows = executions.values().stream()
                .filter(e -> e.tenant().equals(tenant) && e.status() == status
                        && within(e.startedAt().atOffset(ZoneOffset.UTC).toLocalDate(), from, to))
                .toList();
        return KeysetPager.page(cursors, tenant, "brands.executions|" + status + "|" + from + "|" + to, rows,
                SortKeys::execution, page);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private static Either<Problem, Boolean> sameTenant(TenantId given, TenantId carried) {
        return given.equals(carried) ? Either.right(true)
                : Either.left(Problem.Invalid.of("tenant", carried, "must be the tenant the store is asked for ("
                        + given + ")"));
    }

    private static <T> Either<Problem, T> createIn(Map<String, T> map, String key, T document, String kind, Object id) {
        if (map.containsKey(key)) {
            return Either.left(new Problem.AlreadyExists(kind, String.valueOf(id)));
        }
        map.put(key, document);
        return Either.right(document);
    }

    private static <T> Either<Problem, T> saveIn(Map<String, T> map, String key, T document, Revision expected,
                                                 T next, String kind, Object id, Function<T, Revision> revision) {
        T stored = map.get(key);
        if (stored == null || !revision.apply(stored).equals(expected)) {
            return Either.left(new Problem.Conflict(kind, String.valueOf(id), expected,
                    stored == null ? null : revision.apply(stored)));
        }
        map.put(key, next);
        return Either.right(next);
    }
}
