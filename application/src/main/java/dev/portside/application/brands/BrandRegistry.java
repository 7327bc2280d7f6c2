package dev.portside.application.brands;

import dev.portside.application.brands.BrandCommands.CountBrandsByConfidence;
import dev.portside.application.brands.BrandCommands.CountByDay;
import dev.portside.application.brands.BrandCommands.CountEscalationsByStatus;
import dev.portside.application.brands.BrandCommands.CountExecutionsByStatus;
import dev.portside.application.brands.BrandCommands.CountFeedbackByCategory;
import dev.portside.application.brands.BrandCommands.ListBrandEscalations;
import dev.portside.application.brands.BrandCommands.ListBrandFeedback;
import dev.portside.application.brands.BrandCommands.ListBrandsBelow;
import dev.portside.application.brands.BrandCommands.ListExecutionsByStatus;
import dev.portside.application.brands.BrandCommands.ListFeedbackByCategory;
import dev.portside.application.brands.BrandCommands.FinishExecution;
import dev.portside.application.brands.BrandCommands.GetEscalation;
import dev.portside.application.brands.BrandCommands.GetExecution;
import dev.portside.application.brands.BrandCommands.GetExecutionByArn;
import dev.portside.application.brands.BrandCommands.GetFeedback;
import dev.portside.application.brands.BrandCommands.GetMetadata;
import dev.portside.application.brands.BrandCommands.MigrateLayout;
import dev.portside.application.brands.BrandCommands.MoveEscalation;
import dev.portside.application.brands.BrandCommands.ListOpenEscalations;
import dev.portside.application.brands.BrandCommands.StartExecution;
import dev.portside.application.brands.BrandCommands.StoreMetadata;
import dev.portside.application.brands.BrandCommands.SubmitFeedback;
import dev.portside.domain.brands.BrandAnalytics;
import dev.portside.domain.brands.BrandDocumentStore;
import dev.portside.domain.brands.BrandId;
import dev.portside.domain.brands.BrandMetadata;
import dev.portside.domain.brands.BrandSummary;
import dev.portside.domain.brands.Confidence;
import dev.portside.domain.brands.ConfidenceBuckets;
import dev.portside.domain.brands.ConfidenceRange;
import dev.portside.domain.brands.DatedKind;
import dev.portside.domain.brands.LegacyBrandDocuments;
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
import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.IdGenerator;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.UseCaseObserver;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The brand registry's use cases. Ids, timestamps and initial statuses are set here; metadata
 * whose confidence is below the configured threshold opens an escalation in the same store
 * operation unless one is already OPEN for that brand; edits are optimistic-locked and a stale
 * edit returns the {@code Conflict} for the caller to reload.
 */
public final class BrandRegistry {

    private static final String CONTEXT = "brands";

    static final int MAX_RANGE_DAYS = 366;

    private final BrandDocumentStore documents;
    private final BrandAnalytics analytics;
    private final LegacyBrandDocuments legacy;
    private final Clock clock;
    private final IdGenerator ids;
    private final BrandRegistrySettings settings;
    private final UseCaseObserver observer;

    public BrandRegistry(BrandDocumentStore documents, BrandAnalytics analytics, Clock clock, IdGenerator ids,
                         BrandRegistrySettings settings) {
        this(documents, analytics, clock, ids, settings, UseCaseObserver.NONE);
    }

    /** The same, with each use case run through {@code observer}. */
    public BrandRegistry(BrandDocumentStore documents, BrandAnalytics analytics, Clock clock, IdGenerator ids,
                         BrandRegistrySettings settings,
                         UseCaseObserver observer) {
        this(documents, analytics, LegacyBrandDocuments.NONE, clock, ids, settings, observer);
    }

    /** The same, migrating from {@code legacy}, the documents of the source system's original layout. */
    public BrandRegistry(BrandDocumentStore documents, BrandAnalytics analytics, LegacyBrandDocuments legacy,
                         Clock clock, IdGenerator ids, BrandRegistrySettings settings, UseCaseObserver observer) {
        this.legacy = legacy;
        this.documents = documents;
        this.analytics = analytics;
        this.clock = clock;
        this.ids = ids;
        this.settings = settings;
        this.observer = observer;
    }

    public Either<Problem, MetadataStored> storeMetadata(StoreMetadata command) {
        return observer.observe(CONTEXT, "storeMetadata", () -> storeMetadataUnobserved(command));
    }

    private Either<Problem, MetadataStored> storeMetadataUnobserved(StoreMetadata command) {
        return MetadataDraft.validate(command)
                .flatMap(draft -> documents.metadata(draft.tenant(), draft.brandId())
                        .flatMap(existing -> store(draft, existing)));
    }

    private Either<Problem, MetadataStored> store(MetadataDraft draft, Option<BrandMetadata> existing) {
        String id = "brand " + draft.brandId();
        if (draft.expectedRevision().isEmpty() && existing.isDefined()) {
            return Either.left(new Problem.AlreadyExists("brand metadata", id));
        }
        if (draft.expectedRevision().isDefined()) {
            Revision expected = draft.expectedRevision().get();
            if (existing.isEmpty()) {
                return Either.left(new Problem.NotFound("brand metadata", id));
            }
            if (!existing.get().revision().equals(expected)) {
                return Either.left(new Problem.Conflict("brand metadata", id, expected, existing.get().revision()));
            }
        }
        return stillOpen(draft.tenant(), existing).flatMap(open -> {
            Instant now = now();
            Option<Escalation> opened = draft.confidence().isBelow(settings.escalationThreshold()) && open.isEmpty()
                    ? Option.some(Escalation.open(draft.tenant(), EscalationId.issue(day(now), ids.newId()),
                            draft.brandId(), draft.brandName(), "confidence " + draft.confidence()
                                    + " is below the threshold " + settings.escalationThreshold(),
                            draft.confidence(), now))
                    : Option.none();
            BrandMetadata metadata = draft.toMetadata(existing, now, opened.map(Escalation::id).orElse(open));
            Either<Problem, BrandMetadata> written = existing.isEmpty()
                    ? documents.createMetadata(metadata, opened)
                    : documents.saveMetadata(metadata, opened);
            return written.map(stored -> new MetadataStored(stored, opened));
        });
    }

    private Either<Problem, Option<EscalationId>> stillOpen(TenantId tenant, Option<BrandMetadata> existing) {
        Option<EscalationId> pointer = existing.flatMap(BrandMetadata::openEscalation);
        if (pointer.isEmpty()) {
            return Either.right(Option.none());
        }
        return documents.escalation(tenant, pointer.get())
                .map(found -> found.filter(e -> e.status() == EscalationStatus.OPEN).map(Escalation::id));
    }

    public Either<Problem, BrandMetadata> metadata(GetMetadata command) {
        return observer.observe(CONTEXT, "metadata", () -> metadataUnobserved(command));
    }

    private Either<Problem, BrandMetadata> metadataUnobserved(GetMetadata command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        BrandId brandId = checks.take(BrandId.of(command.brandId()));
        return checks.build(() -> brandId)
                .flatMap(id -> Checks.found(documents.metadata(tenant, id), "brand metadata", "brand " + id));
    }

    public Either<Problem, Feedback> submitFeedback(SubmitFeedback command) {
        return observer.observe(CONTEXT, "submitFeedback", () -> submitFeedbackUnobserved(command));
    }

    private Either<Problem, Feedback> submitFeedbackUnobserved(SubmitFeedback command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        BrandId brandId = checks.take(BrandId.of(command.brandId()));
        String text = checks.text("text", command.text(), 1, Feedback.MAX_TEXT);
        FeedbackCategory category = checks.enumValue("category", command.category(), FeedbackCategory.class);
        Instant now = now();
        return checks.build(() -> new Feedback(tenant, FeedbackId.issue(day(now), ids.newId()), brandId, text,
                category, now)).flatMap(feedback -> documents.createFeedback(feedback));
    }

    public Either<Problem, Feedback> feedback(GetFeedback command) {
        return observer.observe(CONTEXT, "feedback", () -> feedbackUnobserved(command));
    }

    private Either<Problem, Feedback> feedbackUnobserved(GetFeedback command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        FeedbackId id = checks.take(FeedbackId.of(command.feedbackId()));
        return checks.build(() -> id)
                .flatMap(key -> Checks.found(documents.feedback(tenant, key), "feedback", key.value()));
    }

    public Either<Problem, WorkflowExecution> startExecution(StartExecution command) {
        return observer.observe(CONTEXT, "startExecution", () -> startExecutionUnobserved(command));
    }

    private Either<Problem, WorkflowExecution> startExecutionUnobserved(StartExecution command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        BrandId brandId = checks.take(BrandId.of(command.brandId()));
        ExecutionArn arn = command.arn() == null || command.arn().isBlank() ? null
                : checks.take(ExecutionArn.of("arn", command.arn()));
        Instant now = now();
        return checks.build(() -> WorkflowExecution.start(tenant, ExecutionId.issue(day(now), ids.newId()),
                Option.of(arn).map(ExecutionArn::value), brandId, now))
                .flatMap(execution -> {
                    Either<Problem, WorkflowExecution> created = documents.createExecution(execution);
                    return created.isLeft() && created.getLeft() instanceof Problem.AlreadyExists
                            && execution.arn().isDefined() ? recordedRun(execution, created.getLeft()) : created;
                });
    }

    /**
     * A start refused because its ARN is recorded: the run itself when it is the same brand's (a retried start),
     * else the refusal.
     */
    private Either<Problem, WorkflowExecution> recordedRun(WorkflowExecution refused, Problem refusal) {
        return documents.executionByArn(refused.tenant(), new ExecutionArn(refused.arn().get()))
                .flatMap(found -> found.filter(e -> e.brandId().equals(refused.brandId()))
                        .<Either<Problem, WorkflowExecution>>map(Either::right).getOrElse(() -> Either.left(refusal)));
    }

    public Either<Problem, WorkflowExecution> executionByArn(GetExecutionByArn command) {
        return observer.observe(CONTEXT, "executionByArn", () -> executionByArnUnobserved(command));
    }

    private Either<Problem, WorkflowExecution> executionByArnUnobserved(GetExecutionByArn command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        ExecutionArn arn = checks.take(ExecutionArn.of("arn", command.arn()));
        return checks.build(() -> arn)
                .flatMap(key -> Checks.found(documents.executionByArn(tenant, key), "execution", key.value()));
    }

    public Either<Problem, WorkflowExecution> finishExecution(FinishExecution command) {
        return observer.observe(CONTEXT, "finishExecution", () -> finishExecutionUnobserved(command));
    }

    private Either<Problem, WorkflowExecution> finishExecutionUnobserved(FinishExecution command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        ExecutionId id = checks.take(ExecutionId.of(command.executionId()));
        ExecutionStatus status = checks.enumValue("status", command.status(), ExecutionStatus.class);
        String error = optional(checks, "error", command.error(), WorkflowExecution.MAX_ERROR);
        Revision expected = checks.revision(command.expectedRevision());
        return checks.build(() -> id)
                .flatMap(key -> Checks.found(documents.execution(tenant, key), "execution", key.value())
                .flatMap(current -> current.revision().equals(expected)
                        ? current.finish(status, now(), Option.of(error))
                        : Either.left(new Problem.Conflict("execution", key.value(), expected, current.revision())))
                .flatMap(finished -> documents.saveExecution(finished)));
    }

    public Either<Problem, WorkflowExecution> execution(GetExecution command) {
        return observer.observe(CONTEXT, "execution", () -> executionUnobserved(command));
    }

    private Either<Problem, WorkflowExecution> executionUnobserved(GetExecution command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        ExecutionId id = checks.take(ExecutionId.of(command.executionId()));
        return checks.build(() -> id)
                .flatMap(key -> Checks.found(documents.execution(tenant, key), "execution", key.value()));
    }

    public Either<Problem, Escalation> moveEscalation(MoveEscalation command) {
        return observer.observe(CONTEXT, "moveEscalation", () -> moveEscalationUnobserved(command));
    }

    private Either<Problem, Escalation> moveEscalationUnobserved(MoveEscalation command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        EscalationId id = checks.take(EscalationId.of(command.escalationId()));
        EscalationStatus status = checks.enumValue("status", command.status(), EscalationStatus.class);
        String note = optional(checks, "note", command.note(), Escalation.MAX_NOTE);
        Revision expected = checks.revision(command.expectedRevision());
        return checks.build(() -> id)
                .flatMap(key -> Checks.found(documents.escalation(tenant, key), "escalation", key.value())
                .flatMap(current -> current.revision().equals(expected)
                        ? current.moveTo(status, Option.of(note), now())
                        : Either.left(new Problem.Conflict("escalation", key.value(), expected, current.revision())))
                .flatMap(moved -> documents.saveEscalation(moved)));
    }

    public Either<Problem, Escalation> escalation(GetEscalation command) {
        return observer.observe(CONTEXT, "escalation", () -> escalationUnobserved(command));
    }

    private Either<Problem, Escalation> escalationUnobserved(GetEscalation command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        EscalationId id = checks.take(EscalationId.of(command.escalationId()));
        return checks.build(() -> id)
                .flatMap(key -> Checks.found(documents.escalation(tenant, key), "escalation", key.value()));
    }

    public Either<Problem, Page<BrandSummary>> brandsBelow(ListBrandsBelow command) {
        return observer.observe(CONTEXT, "brandsBelow", () -> brandsBelowUnobserved(command));
    }

    private Either<Problem, Page<BrandSummary>> brandsBelowUnobserved(ListBrandsBelow command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        Confidence below = checks.take(Confidence.of("confidence", command.confidence()));
        var page = checks.page(command.limit(), command.after());
        return checks.build(() -> page).flatMap(p -> analytics.brandsBelow(tenant, below, p));
    }

    public Either<Problem, Page<Feedback>> feedbackByCategory(ListFeedbackByCategory command) {
        return observer.observe(CONTEXT, "feedbackByCategory", () -> feedbackByCategoryUnobserved(command));
    }

    private Either<Problem, Page<Feedback>> feedbackByCategoryUnobserved(ListFeedbackByCategory command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        FeedbackCategory category = checks.enumValue("category", command.category(), FeedbackCategory.class);
        days(checks, command.from(), command.to());
        var page = checks.page(command.limit(), command.after());
        return checks.build(() -> page)
                .flatMap(p -> analytics.feedback(tenant, category, command.from(), command.to(), p));
    }

    public Either<Problem, Page<Feedback>> brandFeedback(ListBrandFeedback command) {
        return observer.observe(CONTEXT, "brandFeedback", () -> brandFeedbackUnobserved(command));
    }

    private Either<Problem, Page<Feedback>> brandFeedbackUnobserved(ListBrandFeedback command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        BrandId brandId = checks.take(BrandId.of(command.brandId()));
        var page = checks.page(command.limit(), command.after());
        return checks.build(() -> page).flatMap(p -> analytics.feedbackOfBrand(tenant, brandId, p));
    }

    public Either<Problem, Page<Escalation>> brandEscalations(ListBrandEscalations command) {
        return observer.observe(CONTEXT, "brandEscalations", () -> brandEscalationsUnobserved(command));
    }

    private Either<Problem, Page<Escalation>> brandEscalationsUnobserved(ListBrandEscalations command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        BrandId brandId = checks.take(BrandId.of(command.brandId()));
        var page = checks.page(command.limit(), command.after());
        return checks.build(() -> page).flatMap(p -> analytics.escalationsOfBrand(tenant, brandId, p));
    }

    public Either<Problem, Page<Escalation>> openEscalations(ListOpenEscalations command) {
        return observer.observe(CONTEXT, "openEscalations", () -> openEscalationsUnobserved(command));
    }

    private Either<Problem, Page<Escalation>> openEscalationsUnobserved(ListOpenEscalations command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        var page = checks.page(command.limit(), command.after());
        return checks.build(() -> page).flatMap(p -> analytics.openEscalations(tenant, p));
    }

    public Either<Problem, Page<WorkflowExecution>> executionsByStatus(ListExecutionsByStatus command) {
        return observer.observe(CONTEXT, "executionsByStatus", () -> executionsByStatusUnobserved(command));
    }

    private Either<Problem, Page<WorkflowExecution>> executionsByStatusUnobserved(ListExecutionsByStatus command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        ExecutionStatus status = checks.enumValue("status", command.status(), ExecutionStatus.class);
        days(checks, command.from(), command.to());
        var page = checks.page(command.limit(), command.after());
        return checks.build(() -> page)
                .flatMap(p -> analytics.executions(tenant, status, command.from(), command.to(), p));
    }

    public Either<Problem, List<Tally<EscalationStatus>>> countEscalationsByStatus(CountEscalationsByStatus command) {
        return observer.observe(CONTEXT, "countEscalationsByStatus", () -> command == null ? Checks.missingCommand()
                : counted(command.tenant(), command.from(), command.to(), analytics::escalationsByStatus));
    }

    public Either<Problem, List<Tally<ExecutionStatus>>> countExecutionsByStatus(CountExecutionsByStatus command) {
        return observer.observe(CONTEXT, "countExecutionsByStatus", () -> command == null ? Checks.missingCommand()
                : counted(command.tenant(), command.from(), command.to(), analytics::executionsByStatus));
    }

    public Either<Problem, List<Tally<FeedbackCategory>>> countFeedbackByCategory(CountFeedbackByCategory command) {
        return observer.observe(CONTEXT, "countFeedbackByCategory", () -> command == null ? Checks.missingCommand()
                : counted(command.tenant(), command.from(), command.to(), analytics::feedbackByCategory));
    }

    public Either<Problem, List<Tally<LocalDate>>> countByDay(CountByDay command) {
        return observer.observe(CONTEXT, "countByDay", () -> {
            if (command == null) {
                return Checks.missingCommand();
            }
            Checks checks = Checks.start();
            DatedKind kind = checks.enumValue("kind", command.kind(), DatedKind.class);
            return counted(checks, command.tenant(), command.from(), command.to(),
                    (tenant, from, to) -> analytics.countsByDay(tenant, kind, from, to));
        });
    }

    public Either<Problem, List<Tally<ConfidenceRange>>> countBrandsByConfidence(CountBrandsByConfidence command) {
        return observer.observe(CONTEXT, "countBrandsByConfidence", () -> {
            if (command == null) {
                return Checks.missingCommand();
            }
            Checks checks = Checks.start();
            TenantId tenant = checks.tenant(command.tenant());
            boolean bounded = command.bounds() != null && !command.bounds().isEmpty();
            checks.require(!(bounded && command.width() != null), "width", command.width(),
                    "give either a width or bounds, not both");
            ConfidenceBuckets buckets = bounded ? checks.take(ConfidenceBuckets.ofBounds("bounds", command.bounds()))
                    : checks.take(ConfidenceBuckets.ofWidth("width", command.width() == null
                            ? ConfidenceBuckets.DEFAULT_WIDTH : command.width()));
            return checks.build(() -> buckets).flatMap(b -> analytics.brandsByConfidence(tenant, b));
        });
    }

    private interface DayRangeCount<K> {
        Either<Problem, List<Tally<K>>> count(TenantId tenant, LocalDate from, LocalDate to);
    }

    private <K> Either<Problem, List<Tally<K>>> counted(String rawTenant, LocalDate from, LocalDate to,
                                                        DayRangeCount<K> count) {
        return counted(Checks.start(), rawTenant, from, to, count);
    }

    private <K> Either<Problem, List<Tally<K>>> counted(Checks checks, String rawTenant, LocalDate from, LocalDate to,
                                                        DayRangeCount<K> count) {
        TenantId tenant = checks.tenant(rawTenant);
        days(checks, from, to);
        return checks.build(() -> tenant).flatMap(t -> count.count(t, from, to));
    }

    /**
     * Copies every legacy metadata document into the current layout under the tenant, validated like any input:
     * an invalid or unreadable one is refused and named in the report, one already present is skipped (so a
     * re-run after an interruption does only what is left), the rest is created as generation 1 with its original
     * generation time (now when it has none). No escalation is opened: the legacy system kept its own. A backend
     * failure stops the run with that {@code Problem}; run it again to resume.
     */
    public Either<Problem, LayoutMigrationReport> migrateLayout(MigrateLayout command) {
        return observer.observe(CONTEXT, "migrateLayout", () -> {
            if (command == null) {
                return Checks.missingCommand();
            }
            Checks checks = Checks.start();
            TenantId tenant = checks.tenant(command.tenant());
            return checks.build(() -> tenant).flatMap(t -> migrate(t, command.dryRun()));
        });
    }

    private Either<Problem, LayoutMigrationReport> migrate(TenantId tenant, boolean dryRun) {
        int scanned = 0;
        int migrated = 0;
        int present = 0;
        List<String> refusals = new java.util.ArrayList<>();
        Option<String> after = Option.none();
        do {
            Either<Problem, LegacyBrandDocuments.Batch> batch = legacy.metadata(after, 100);
            if (batch.isLeft()) {
                return Either.left(batch.getLeft());
            }
            for (var document : batch.get().documents()) {
                scanned++;
                if (document.isLeft()) {
                    refusals.add(document.getLeft().location() + ": " + document.getLeft().reason());
                    continue;
                }
                LegacyBrandDocuments.LegacyMetadata old = document.get();
                Either<Problem, MetadataDraft> draft = MetadataDraft.validate(new StoreMetadata(tenant.value(),
                        old.brandId() == null ? 0 : old.brandId(), old.brandName(), old.regex(), old.mccIds(),
                        old.confidence(), null));
                if (draft.isLeft()) {
                    refusals.add(old.location() + ": " + draft.getLeft().message());
                    continue;
                }
                Either<Problem, Option<BrandMetadata>> existing = documents.metadata(tenant, draft.get().brandId());
                if (existing.isLeft()) {
                    return Either.left(existing.getLeft());
                }
                if (existing.get().isDefined()) {
                    present++;
                    continue;
                }
                if (dryRun) {
                    migrated++;
                    continue;
                }
                Instant at = old.generatedAt().map(t -> t.truncatedTo(ChronoUnit.MILLIS)).getOrElse(this::now);
                Either<Problem, BrandMetadata> created = documents.createMetadata(
                        draft.get().toMetadata(Option.none(), at, Option.none()), Option.none());
                if (created.isRight()) {
                    migrated++;
                } else if (created.getLeft() instanceof Problem.AlreadyExists) {
                    present++;
                } else {
                    return Either.left(created.getLeft());
                }
            }
            after = batch.get().next();
        } while (after.isDefined());
        return Either.right(new LayoutMigrationReport(dryRun, scanned, migrated, present, refusals.size(), refusals));
    }

    /** A day range of at most {@value #MAX_RANGE_DAYS} days, both ends required. */
    private static void days(Checks checks, LocalDate from, LocalDate to) {
        checks.notNull("from", from);
        checks.notNull("to", to);
        if (from != null && to != null) {
            checks.require(!to.isBefore(from), "to", to, "must not be before from (" + from + ")");
            checks.require(!to.isAfter(from.plusDays(MAX_RANGE_DAYS)), "to", to,
                    "must be at most " + MAX_RANGE_DAYS + " days after from");
        }
    }

    /** Optional text: null or blank is none, otherwise 1..{@code max} characters. */
    private static String optional(Checks checks, String field, String value, int max) {
        return value == null || value.isBlank() ? null : checks.text(field, value, 1, max);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static LocalDate day(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
