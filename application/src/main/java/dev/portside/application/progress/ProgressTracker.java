package dev.portside.application.progress;

import dev.portside.application.progress.ProgressCommands.Event;
import dev.portside.application.progress.ProgressCommands.ForgetProgress;
import dev.portside.application.progress.ProgressCommands.GetProgress;
import dev.portside.application.progress.ProgressCommands.ListProgressByCertification;
import dev.portside.application.progress.ProgressCommands.ListProgressByUser;
import dev.portside.application.progress.ProgressCommands.RecordAllProgress;
import dev.portside.application.progress.ProgressCommands.RecordProgress;
import dev.portside.application.progress.ProgressCommands.SummarizeProgress;
import dev.portside.domain.content.CertificationType;
import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Retry;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.UseCaseObserver;
import dev.portside.domain.kernel.Violation;
import dev.portside.domain.progress.ContentDirectory;
import dev.portside.domain.progress.ProgressEntry;
import dev.portside.domain.progress.ProgressEvent;
import dev.portside.domain.progress.ProgressKey;
import dev.portside.domain.progress.ProgressLedger;
import dev.portside.domain.progress.ProgressSummary;
import dev.portside.domain.kernel.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Learner progress use cases: record one event or import many, look entries up, list them by
 * learner or by certification and time, and summarise a learner's certification. Recording is
 * commutative, so a lost optimistic-lock race is retried a bounded number of times.
 */
public final class ProgressTracker {

    private static final String CONTEXT = "progress";

    public static final int MAX_BATCH = 100_000;
    static final int ATTEMPTS = 10;
    static final String KIND = "progress";

    private final ProgressLedger ledger;
    private final ContentDirectory directory;
    private final Clock clock;
    private final UseCaseObserver observer;

    public ProgressTracker(ProgressLedger ledger, ContentDirectory directory, Clock clock) {
        this(ledger, directory, clock, UseCaseObserver.NONE);
    }

    /** The same, with each use case run through {@code observer}. */
    public ProgressTracker(ProgressLedger ledger, ContentDirectory directory, Clock clock,
                           UseCaseObserver observer) {
        this.ledger = ledger;
        this.directory = directory;
        this.clock = clock;
        this.observer = observer;
    }

    public Either<Problem, ProgressEntry> record(RecordProgress command) {
        return observer.observe(CONTEXT, "record", () -> recordUnobserved(command));
    }

    private Either<Problem, ProgressEntry> recordUnobserved(RecordProgress command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        Either<List<Violation>, ParsedEvent> parsed = ParsedEvent.parse("", command.event(), clock.instant());
        parsed.swap().forEach(vs -> vs.forEach(checks::add));
        if (!checks.ok()) {
            return checks.build(() -> null);
        }
        ParsedEvent event = parsed.get();
        return new CertificationResolver(directory, tenant).resolve(event.content(), event.certification())
                .map(event::resolve)
                .flatMap(e -> Retry.onConflict(ATTEMPTS, () -> apply(tenant, List.of(e), Option.none())));
    }

    /** Imports many events: all are validated first; new entries go to the ledger in batches. */
    public Either<Problem, ProgressImport> recordAll(RecordAllProgress command) {
        return observer.observe(CONTEXT, "recordAll", () -> recordAllUnobserved(command));
    }

    private Either<Problem, ProgressImport> recordAllUnobserved(RecordAllProgress command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        List<Event> inputs = command.events() == null ? List.of() : command.events();
        checks.require(!inputs.isEmpty(), "events", inputs.size() + " events", "must contain at least one event");
        checks.require(inputs.size() <= MAX_BATCH, "events", inputs.size() + " events", "must have at most " + MAX_BATCH);
        if (!checks.ok()) {
            return checks.build(() -> null);
        }
        Instant now = clock.instant();
        List<ParsedEvent> parsed = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            ParsedEvent.parse("events[" + i + "].", inputs.get(i), now)
                    .peek(parsed::add).swap().forEach(vs -> vs.forEach(checks::add));
        }
        if (!checks.ok()) {
            return checks.build(() -> null);
        }
        return resolveAll(tenant, parsed).flatMap(events -> importEvents(tenant, events));
    }

    public Either<Problem, ProgressEntry> get(GetProgress command) {
        return observer.observe(CONTEXT, "get", () -> getUnobserved(command));
    }

    private Either<Problem, ProgressEntry> getUnobserved(GetProgress command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        ProgressKey key = checks.takeAll(ProgressKey.of(command.userId(), command.contentId(), command.certification()));
        return checks.build(() -> key).flatMap(k -> ledger.find(tenant, k))
                .flatMap(found -> found.toEither(() -> new Problem.NotFound(KIND, String.valueOf(key))));
    }

    /** Deletes an entry for good; {@code expectedRevision} is required. */
    public Either<Problem, ProgressKey> forget(ForgetProgress command) {
        return observer.observe(CONTEXT, "forget", () -> forgetUnobserved(command));
    }

    private Either<Problem, ProgressKey> forgetUnobserved(ForgetProgress command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        ProgressKey key = checks.takeAll(ProgressKey.of(command.userId(), command.contentId(), command.certification()));
        Revision expected = checks.revision(command.expectedRevision());
        return checks.build(() -> key).flatMap(k -> ledger.delete(tenant, k, expected));
    }

    /** A learner's entries, in one certification or all. */
    public Either<Problem, Page<ProgressEntry>> listByUser(ListProgressByUser query) {
        return observer.observe(CONTEXT, "listByUser", () -> listByUserUnobserved(query));
    }

    private Either<Problem, Page<ProgressEntry>> listByUserUnobserved(ListProgressByUser query) {
        if (query == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(query.tenant());
        PageRequest page = checks.page(query.limit(), query.after());
        UserId user = checks.take(UserId.of(query.userId()));
        Option<CertificationType> cert = checks.optionalEnum("certification", query.certification(),
                CertificationType.class);
        return checks.build(() -> user).flatMap(u -> ledger.byUser(tenant, u, cert, page));
    }

    /** The entries of one certification last recorded in {@code [from, to)}. */
    public Either<Problem, Page<ProgressEntry>> listByCertification(ListProgressByCertification query) {
        return observer.observe(CONTEXT, "listByCertification", () -> listByCertificationUnobserved(query));
    }

    private Either<Problem, Page<ProgressEntry>> listByCertificationUnobserved(ListProgressByCertification query) {
        if (query == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(query.tenant());
        PageRequest page = checks.page(query.limit(), query.after());
        CertificationType cert = checks.enumValue("certification", query.certification(), CertificationType.class);
        checks.window(query.from(), query.to());
        return checks.build(() -> cert).flatMap(c -> ledger.byCertification(tenant, c, query.from(), query.to(), page));
    }

    public Either<Problem, ProgressSummary> summary(SummarizeProgress command) {
        return observer.observe(CONTEXT, "summary", () -> summaryUnobserved(command));
    }

    private Either<Problem, ProgressSummary> summaryUnobserved(SummarizeProgress command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        UserId user = checks.take(UserId.of(command.userId()));
        CertificationType cert = checks.enumValue("certification", command.certification(), CertificationType.class);
        if (!checks.ok()) {
            return checks.build(() -> null);
        }
        return directory.activeItems(tenant, cert).flatMap(active -> {
            Summarizer summarizer = new Summarizer(user, cert, active);
            Option<dev.portside.domain.kernel.Cursor> after = Option.none();
            do {
                Either<Problem, Page<ProgressEntry>> page = ledger.byUser(tenant, user, Option.of(cert),
                        new PageRequest(PageRequest.MAX_LIMIT, after));
                if (page.isLeft()) {
                    return Either.left(page.getLeft());
                }
                for (ProgressEntry entry : page.get().items()) {
                    Either<Problem, Boolean> counted = countsAsCompleted(tenant, entry);
                    if (counted.isLeft()) {
                        return Either.left(counted.getLeft());
                    }
                    summarizer.add(entry, counted.get());
                }
                after = page.get().next();
            } while (after.isDefined());
            return Either.right(summarizer.result());
        });
    }

    /** A done entry counts as completed only while its content is active: retired content never does. */
    private Either<Problem, Boolean> countsAsCompleted(TenantId tenant, ProgressEntry entry) {
        if (!entry.state().isDone()) {
            return Either.right(false);
        }
        return directory.certificationsOf(tenant, entry.key().content())
                .map(certs -> Boolean.TRUE.equals(certs.get(entry.key().certification())));
    }

    private Either<Problem, List<ProgressEvent>> resolveAll(TenantId tenant, List<ParsedEvent> parsed) {
        CertificationResolver resolver = new CertificationResolver(directory, tenant);
        List<ProgressEvent> events = new ArrayList<>(parsed.size());
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            ParsedEvent p = parsed.get(i);
            Either<Problem, CertificationType> cert = resolver.resolve(p.content(), p.certification());
            if (cert.isRight()) {
                events.add(p.resolve(cert.get()));
            } else if (cert.getLeft() instanceof Problem.Unavailable) {
                return Either.left(cert.getLeft());
            } else {
                violations.add(Violation.of("events[" + i + "].contentId", p.content().value(), cert.getLeft().message()));
            }
        }
        return violations.isEmpty() ? Either.right(events) : Either.left(new Problem.Invalid(violations));
    }

    private Either<Problem, ProgressImport> importEvents(TenantId tenant, List<ProgressEvent> events) {
        Map<ProgressKey, List<ProgressEvent>> byKey = new LinkedHashMap<>();
        events.forEach(e -> byKey.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e));
        return ledger.findAll(tenant, byKey.keySet()).flatMap(existing -> {
            Map<ProgressKey, ProgressEntry> stored = new LinkedHashMap<>();
            existing.forEach(entry -> stored.put(entry.key(), entry));
            List<ProgressEntry> created = new ArrayList<>();
            byKey.forEach((key, keyEvents) -> {
                if (!stored.containsKey(key)) {
                    created.add(fold(ProgressEntry.start(tenant, keyEvents.get(0)), keyEvents.subList(1, keyEvents.size())));
                }
            });
            Either<Problem, List<ProgressKey>> taken = created.isEmpty() ? Either.right(List.of())
                    : ledger.importAll(tenant, created);
            if (taken.isLeft()) {
                return Either.left(taken.getLeft());
            }
            Map<ProgressKey, Option<ProgressEntry>> merges = new LinkedHashMap<>();
            stored.values().forEach(entry -> merges.put(entry.key(), Option.of(entry)));
            taken.get().forEach(key -> merges.put(key, Option.none()));
            for (Map.Entry<ProgressKey, Option<ProgressEntry>> merge : merges.entrySet()) {
                List<ProgressEvent> keyEvents = byKey.get(merge.getKey());
                AtomicReference<Option<ProgressEntry>> loaded = new AtomicReference<>(merge.getValue());
                Either<Problem, ProgressEntry> saved = Retry.onConflict(ATTEMPTS,
                        () -> apply(tenant, keyEvents, loaded.getAndSet(Option.none())));
                if (saved.isLeft()) {
                    return Either.left(saved.getLeft());
                }
            }
            return Either.right(new ProgressImport(events.size(), created.size() - taken.get().size(),
                    merges.size()));
        });
    }

    /**
     * Applies events of one key to the stored entry (the given one first, a fresh read after a
     * conflict), creating it when absent; a concurrent first write surfaces as a conflict to retry.
     */
    private Either<Problem, ProgressEntry> apply(TenantId tenant, List<ProgressEvent> events, Option<ProgressEntry> known) {
        ProgressKey key = events.get(0).key();
        Either<Problem, Option<ProgressEntry>> current = known.isDefined() ? Either.right(known) : ledger.find(tenant, key);
        return current.flatMap(found -> {
            if (found.isEmpty()) {
                return ledger.create(fold(ProgressEntry.start(tenant, events.get(0)), events.subList(1, events.size())))
                        .mapLeft(p -> p instanceof Problem.AlreadyExists
                                ? new Problem.Conflict(KIND, key.toString(), Revision.INITIAL, Revision.INITIAL) : p);
            }
            return ledger.save(fold(found.get(), events));
        });
    }

    private static ProgressEntry fold(ProgressEntry entry, List<ProgressEvent> events) {
        ProgressEntry result = entry;
        for (ProgressEvent e : events) {
            result = result.record(e);
        }
        return result;
    }
}
