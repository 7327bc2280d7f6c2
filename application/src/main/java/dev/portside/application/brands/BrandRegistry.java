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
import dev.portside.domain.kernel.Cursor;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.UseCaseObserver;
import io.vavr.Function3;
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
        return pageOfBrand(command.tenant(), command.brandId(), command.limit(), command.after(),
                analytics::feedbackOfBrand);
    }

    public Either<Problem, Page<Escalation>> brandEscalations(ListBrandEscalations command) {
        return observer.observe(CONTEXT, "brandEscalations", () -> brandEscalationsUnobserved(command));
    }

    private Either<Problem, Page<Escalation>> brandEscalationsUnobserved(ListBrandEscalations command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        return pageOfBrand(command.tenant(), command.brandId(), command.limit(), command.after(),
                analytics::escalationsOfBrand);
    }

    /** A page of one brand's documents: tenant, brand id and page checked together, then {@code query}. */
    private static <T> Either<Problem, Page<T>> pageOfBrand(String tenantText, long brand, int limit, Cursor after,
            Function3<TenantId, BrandId, PageRequest, Either<Problem, Page<T>>> query) {
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(tenantText);
        BrandId brandId = checks.take(BrandId.of(brand));
        var page = checks.page(limit, after);
        return checks.build(() -> page).flatMap(p -> query.apply(tenant, brandId, p));
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
     * Copies every legacy document (metadata, feedback, workflow executions, escalations, in that order) into the
     * current layout under the tenant, validated like any input: an invalid or unreadable one is refused and named in
     * the report, one already present is skipped (so a re-run after an interruption does only what is left), the rest
     * is created. Metadata becomes generation 1 with its original generation time (now when it has none), with no
     * escalation opened: the legacy system kept its own, migrated as they are. Feedback, executions and escalations
     * keep their times and states and get ids derived from their legacy location ({@link #legacyToken}), so a re-run
     * finds them again. An {@code OPEN} escalation keeps a brand at one open escalation: it is refused when the brand
     * has another (pointed at by its metadata, or migrated earlier in the run), and the brand's metadata is pointed at
     * it. A backend failure stops the run with that {@code Problem}; run it again to resume.
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

    /** What migrating one legacy document did. */
    private enum Moved { MIGRATED, PRESENT }

    /** Validates one legacy document and, unless a dry run, creates it: Left(refusal) when refused. */
    private interface LegacyMove<T> {
        Either<Problem, Either<String, Moved>> move(TenantId tenant, T legacy, boolean dryRun);
    }

    private interface LegacyListing<T> {
        Either<Problem, LegacyBrandDocuments.Batch<T>> list(Option<String> after, int limit);
    }

    private Either<Problem, LayoutMigrationReport> migrate(TenantId tenant, boolean dryRun) {
        List<LayoutMigrationReport.Counts> kinds = new java.util.ArrayList<>();
        List<String> refusals = new java.util.ArrayList<>();
        java.util.Map<String, ExecutionId> arns = new java.util.HashMap<>();
        java.util.Map<BrandId, EscalationId> open = new java.util.HashMap<>();
        return migrateKind(LayoutMigrationReport.Kind.METADATA, legacy::metadata, this::moveMetadata, tenant, dryRun,
                        kinds, refusals)
                .flatMap(ok -> migrateKind(LayoutMigrationReport.Kind.FEEDBACK, legacy::feedback, this::moveFeedback,
                        tenant, dryRun, kinds, refusals))
                .flatMap(ok -> migrateKind(LayoutMigrationReport.Kind.EXECUTIONS, legacy::executions,
                        (t, old, dry) -> moveExecution(t, old, dry, arns), tenant, dryRun, kinds, refusals))
                .flatMap(ok -> migrateKind(LayoutMigrationReport.Kind.ESCALATIONS, legacy::escalations,
                        (t, old, dry) -> moveEscalation(t, old, dry, open), tenant, dryRun, kinds, refusals))
                .map(ok -> new LayoutMigrationReport(dryRun, kinds, refusals));
    }

    private <T> Either<Problem, Boolean> migrateKind(LayoutMigrationReport.Kind kind, LegacyListing<T> listing,
                                                     LegacyMove<T> move, TenantId tenant, boolean dryRun,
                                                     List<LayoutMigrationReport.Counts> kinds, List<String> refusals) {
        int scanned = 0;
        int migrated = 0;
        int present = 0;
        int refused = 0;
        Option<String> after = Option.none();
        do {
            Either<Problem, LegacyBrandDocuments.Batch<T>> batch = listing.list(after, MIGRATION_BATCH);
            if (batch.isLeft()) {
                return Either.left(batch.getLeft());
            }
            for (var document : batch.get().documents()) {
                scanned++;
                if (document.isLeft()) {
                    refused++;
                    refusals.add(document.getLeft().location() + ": " + document.getLeft().reason());
                    continue;
                }
                Either<Problem, Either<String, Moved>> moved = move.move(tenant, document.get(), dryRun);
                if (moved.isLeft()) {
                    return Either.left(moved.getLeft());
                }
                if (moved.get().isLeft()) {
                    refused++;
                    refusals.add(moved.get().getLeft());
                } else if (moved.get().get() == Moved.MIGRATED) {
                    migrated++;
                } else {
                    present++;
                }
            }
            after = batch.get().next();
        } while (after.isDefined());
        kinds.add(new LayoutMigrationReport.Counts(kind, scanned, migrated, present, refused));
        return Either.right(true);
    }

    private static final int MIGRATION_BATCH = 100;

    /** Step Functions runs an execution for at most a year; a longer legacy duration is not one. */
    private static final long MAX_DURATION_SECONDS = 366L * 24 * 3600;

    private Either<Problem, Either<String, Moved>> moveMetadata(TenantId tenant, LegacyBrandDocuments.LegacyMetadata old,
                                                                boolean dryRun) {
        Either<Problem, MetadataDraft> draft = MetadataDraft.validate(new StoreMetadata(tenant.value(),
                old.brandId() == null ? 0 : old.brandId(), old.brandName(), old.regex(), old.mccIds(),
                old.confidence(), null));
        if (draft.isLeft()) {
            return refused(old.location(), draft.getLeft());
        }
        Instant at = old.generatedAt().map(t -> t.truncatedTo(ChronoUnit.MILLIS)).getOrElse(this::now);
        return createIfAbsent(old.location(), documents.metadata(tenant, draft.get().brandId()), dryRun,
                () -> documents.createMetadata(draft.get().toMetadata(Option.none(), at, Option.none()), Option.none()));
    }

    private Either<Problem, Either<String, Moved>> moveFeedback(TenantId tenant, LegacyBrandDocuments.LegacyFeedback old,
                                                                boolean dryRun) {
        Checks checks = Checks.start();
        BrandId brandId = checks.take(BrandId.of(old.brandId() == null ? 0 : old.brandId()));
        String text = checks.text("text", old.text(), 1, Feedback.MAX_TEXT);
        FeedbackCategory category = checks.enumValue("category", old.category(), FeedbackCategory.class);
        Instant at = legacyTime(checks, "submittedAt", old.submittedAt());
        Either<Problem, Feedback> feedback = checks.build(() -> new Feedback(tenant,
                FeedbackId.issue(day(at), legacyToken(old.location())), brandId, text, category, at));
        if (feedback.isLeft()) {
            return refused(old.location(), feedback.getLeft());
        }
        return createIfAbsent(old.location(), documents.feedback(tenant, feedback.get().id()), dryRun,
                () -> documents.createFeedback(feedback.get()));
    }

    private Either<Problem, Either<String, Moved>> moveExecution(TenantId tenant,
                                                                 LegacyBrandDocuments.LegacyExecution old,
                                                                 boolean dryRun,
                                                                 java.util.Map<String, ExecutionId> arns) {
        Checks checks = Checks.start();
        BrandId brandId = checks.take(BrandId.of(old.brandId() == null ? 0 : old.brandId()));
        ExecutionArn arn = old.arn() == null || old.arn().isBlank() ? null
                : checks.take(ExecutionArn.of("arn", old.arn()));
        ExecutionStatus status = checks.enumValue("status", old.status(), ExecutionStatus.class);
        if (old.durationSeconds() != null) {
            checks.range("durationSeconds", old.durationSeconds(), 0, MAX_DURATION_SECONDS);
        }
        Instant at = legacyTime(checks, "startedAt", old.startedAt());
        Either<Problem, WorkflowExecution> execution = checks.build(() -> new WorkflowExecution(tenant,
                ExecutionId.issue(day(at), legacyToken(old.location())), Option.of(arn).map(ExecutionArn::value),
                brandId, status, at, status.isTerminal() && old.durationSeconds() != null
                        ? Option.some(at.plusSeconds(old.durationSeconds())) : Option.none(),
                Option.none(), Revision.INITIAL));
        if (execution.isLeft()) {
            return refused(old.location(), execution.getLeft());
        }
        WorkflowExecution run = execution.get();
        return documents.execution(tenant, run.id()).flatMap(existing -> {
            if (existing.isDefined()) {
                return Either.right(Either.right(Moved.PRESENT));
            }
            Either<Problem, Option<WorkflowExecution>> owner = arn == null ? Either.right(Option.none())
                    : documents.executionByArn(tenant, arn);
            if (owner.isLeft()) {
                return Either.left(owner.getLeft());
            }
            Option<ExecutionId> claimed = owner.get().map(WorkflowExecution::id)
                    .orElse(arn == null ? Option.none() : Option.of(arns.get(arn.value())));
            if (claimed.isDefined()) {
                return Either.right(Either.left(old.location() + ": " + arnTaken(claimed.get())));
            }
            Either<Problem, Either<String, Moved>> moved = dryRun ? Either.right(Either.right(Moved.MIGRATED))
                    : created(old.location(), documents.createExecution(run), () -> documents.execution(tenant, run.id())
                            .map(Option::isDefined)).flatMap(outcome -> outcome.isLeft() && arn != null
                            ? documents.executionByArn(tenant, arn).map(found -> found.isDefined()
                                    ? Either.left(old.location() + ": " + arnTaken(found.get().id())) : outcome)
                            : Either.right(outcome));
            moved.forEach(outcome -> {
                if (arn != null && outcome.isRight()) {
                    arns.put(arn.value(), run.id());
                }
            });
            return moved;
        });
    }

    /** An execution ARN of a legacy execution that another execution already has (in the store or in this run). */
    private static String arnTaken(ExecutionId owner) {
        return "arn: is recorded for another execution (" + owner + ")";
    }

    private Either<Problem, Either<String, Moved>> moveEscalation(TenantId tenant,
                                                                  LegacyBrandDocuments.LegacyEscalation old,
                                                                  boolean dryRun,
                                                                  java.util.Map<BrandId, EscalationId> openInRun) {
        Checks checks = Checks.start();
        BrandId brandId = checks.take(BrandId.of(old.brandId() == null ? 0 : old.brandId()));
        String name = checks.text("brandName", old.brandName(), 1, BrandMetadata.MAX_NAME);
        String reason = checks.text("reason", old.reason(), 1, Escalation.MAX_REASON);
        Confidence confidence = checks.take(Confidence.of("confidence", old.confidence()));
        EscalationStatus status = old.status() == null ? EscalationStatus.OPEN
                : checks.enumValue("status", old.status(), EscalationStatus.class);
        Instant at = legacyTime(checks, "escalatedAt", old.escalatedAt());
        Either<Problem, Escalation> escalation = checks.build(() -> new Escalation(tenant,
                EscalationId.issue(day(at), legacyToken(old.location())), brandId, name, reason, confidence, at,
                status, Option.none(), at, Revision.INITIAL));
        if (escalation.isLeft()) {
            return refused(old.location(), escalation.getLeft());
        }
        Escalation migrated = escalation.get();
        return documents.metadata(tenant, brandId).flatMap(metadata -> stillOpen(tenant, metadata).flatMap(open -> {
            if (migrated.status() == EscalationStatus.OPEN) {
                Option<EscalationId> other = open.orElse(Option.of(openInRun.get(brandId)))
                        .filter(id -> !id.equals(migrated.id()));
                if (other.isDefined()) {
                    return Either.right(Either.left(old.location() + ": brandId: " + brandId
                            + " has an open escalation already (" + other.get() + "); a brand has at most one"));
                }
            }
            Either<Problem, Either<String, Moved>> moved = createIfAbsent(old.location(),
                    documents.escalation(tenant, migrated.id()), dryRun, () -> documents.createEscalation(migrated));
            if (moved.isLeft() || moved.get().isLeft() || migrated.status() != EscalationStatus.OPEN) {
                return moved;
            }
            openInRun.put(brandId, migrated.id());
            return dryRun || metadata.isEmpty() || open.isDefined() ? moved
                    : documents.saveMetadata(pointTo(metadata.get(), migrated.id()), Option.none()).flatMap(v -> moved);
        }));
    }

    /** The same metadata pointing at {@code escalation} as its open escalation (a migrated one). */
    private static BrandMetadata pointTo(BrandMetadata m, EscalationId escalation) {
        return new BrandMetadata(m.tenant(), m.brandId(), m.brandName(), m.regex(), m.mccIds(), m.confidence(),
                m.generation(), m.createdAt(), m.generatedAt(), Option.some(escalation), m.revision());
    }

    /** A legacy time, to the millisecond the stores keep, within the range every store takes. */
    private static Instant legacyTime(Checks checks, String field, Instant at) {
        Instant kept = checks.instant(field, at);
        return kept == null ? Checks.EARLIEST : kept.truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * The id token of a migrated document, derived from its legacy location (the first 40 hex digits of its SHA-256),
     * so a re-run derives the same id and finds the document it migrated before.
     */
    static String legacyToken(String location) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(location.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "legacy-" + java.util.HexFormat.of().formatHex(digest).substring(0, 40);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static Either<Problem, Either<String, Moved>> refused(String location, Problem problem) {
        return Either.right(Either.left(location + ": " + problem.message()));
    }

    /**
     * A document already {@code existing} is present; else, unless a dry run, it is created ({@link #created}, where
     * {@code AlreadyExists} means present too: a concurrent or interrupted run wrote it).
     */
    private static Either<Problem, Either<String, Moved>> createIfAbsent(String location,
                                                                        Either<Problem, ? extends Option<?>> existing,
                                                                        boolean dryRun,
                                                                        java.util.function.Supplier<Either<Problem, ?>> create) {
        return existing.flatMap(found -> found.isDefined() ? Either.right(Either.right(Moved.PRESENT))
                : dryRun ? Either.right(Either.right(Moved.MIGRATED))
                : created(location, create.get(), () -> Either.right(true)));
    }

    /**
     * The outcome of a create: migrated; present when it already existed ({@code AlreadyExists}, a concurrent or
     * earlier run, confirmed by {@code stored}); refused (an {@code AlreadyExists} for anything else, such as an
     * execution ARN recorded by another execution); any other problem stops the run.
     */
    private static <T> Either<Problem, Either<String, Moved>> created(String location, Either<Problem, T> created,
                                                                      java.util.function.Supplier<Either<Problem, Boolean>> stored) {
        if (created.isRight()) {
            return Either.right(Either.right(Moved.MIGRATED));
        }
        if (!(created.getLeft() instanceof Problem.AlreadyExists refusal)) {
            return Either.left(created.getLeft());
        }
        return stored.get().map(present -> present ? Either.right(Moved.PRESENT)
                : Either.left(location + ": " + refusal.message()));
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
