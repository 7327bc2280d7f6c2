package dev.portside.application.content;

import dev.portside.application.content.ContentCommands.GetContent;
import dev.portside.application.content.ContentCommands.GetContentVersion;
import dev.portside.application.content.ContentCommands.ListContentByCategory;
import dev.portside.application.content.ContentCommands.ListContentByCertification;
import dev.portside.application.content.ContentCommands.ListContentByType;
import dev.portside.application.content.ContentCommands.ListContentHistory;
import dev.portside.application.content.ContentCommands.PublishContent;
import dev.portside.application.content.ContentCommands.PurgeContent;
import dev.portside.application.content.ContentCommands.RestoreContent;
import dev.portside.application.content.ContentCommands.RetireContent;
import dev.portside.application.content.ContentCommands.ReviseContent;
import dev.portside.domain.content.CertificationType;
import dev.portside.domain.content.ContentChanges;
import dev.portside.domain.content.ContentDetails;
import dev.portside.domain.content.ContentDraft;
import dev.portside.domain.content.ContentItem;
import dev.portside.domain.content.ContentKey;
import dev.portside.domain.content.ContentRepository;
import dev.portside.domain.content.ContentRules;
import dev.portside.domain.content.ContentType;
import dev.portside.domain.content.ContentVersion;
import dev.portside.domain.content.VersionBump;
import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.UseCaseObserver;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;

/**
 * The content catalog's use cases: publish, revise (the given fields checked, then the merged result,
 * version bumped, optimistic lock), retire and restore (soft delete), purge, lookups, listings and
 * version history. Every method validates its whole command first and never throws.
 */
public final class ContentCatalog {

    private static final String CONTEXT = "content";

    static final String KIND = "content";

    private final ContentRepository repository;
    private final Clock clock;
    private final UseCaseObserver observer;

    public ContentCatalog(ContentRepository repository, Clock clock) {
        this(repository, clock, UseCaseObserver.NONE);
    }

    /** The same, with each use case run through {@code observer}. */
    public ContentCatalog(ContentRepository repository, Clock clock,
                          UseCaseObserver observer) {
        this.repository = repository;
        this.clock = clock;
        this.observer = observer;
    }

    public Either<Problem, ContentItem> publish(PublishContent command) {
        return observer.observe(CONTEXT, "publish", () -> publishUnobserved(command));
    }

    private Either<Problem, ContentItem> publishUnobserved(PublishContent command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        ContentKey key = checks.takeAll(ContentKey.of(command.contentId(), command.certification()));
        ContentDetails details = checks.takeEither("draft", command.draft() == null
                ? Either.left(Problem.Invalid.of("draft", null, "is required"))
                : ContentRules.details(command.draft()));
        ContentVersion version = command.version() == null ? ContentVersion.INITIAL
                : checks.take(ContentVersion.of(command.version()));
        return checks.build(() -> ContentItem.publish(tenant, key, details, version, clock.instant()))
                .flatMap(repository::create);
    }

    public Either<Problem, ContentItem> revise(ReviseContent command) {
        return observer.observe(CONTEXT, "revise", () -> reviseUnobserved(command));
    }

    private Either<Problem, ContentItem> reviseUnobserved(ReviseContent command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        ContentKey key = checks.takeAll(ContentKey.of(command.contentId(), command.certification()));
        ContentChanges changes = command.changes() == null ? ContentChanges.none()
                : checks.takeEither("changes", ContentRules.changes(command.changes()));
        VersionBump bump = command.bump() == null ? VersionBump.PATCH
                : checks.enumValue("bump", command.bump(), VersionBump.class);
        Option<Revision> expected = checks.optionalRevision(command.expectedRevision());
        return checks.build(() -> key).flatMap(k -> load(tenant, k, expected)).flatMap(current -> {
            if (!current.active()) {
                return Either.left(new Problem.Rejected("content.retired",
                        "content " + key + " is retired; restore it before revising"));
            }
            return ContentRules.details(changes.applyTo(ContentDraft.of(current.details())))
                    .flatMap(merged -> current.revise(merged, bump, clock.instant()))
                    .flatMap(repository::save);
        });
    }

    public Either<Problem, ContentItem> retire(RetireContent command) {
        return observer.observe(CONTEXT, "retire", () -> retireUnobserved(command));
    }

    private Either<Problem, ContentItem> retireUnobserved(RetireContent command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        return changeStatus(command.tenant(), command.contentId(), command.certification(), command.expectedRevision(),
                false);
    }

    public Either<Problem, ContentItem> restore(RestoreContent command) {
        return observer.observe(CONTEXT, "restore", () -> restoreUnobserved(command));
    }

    private Either<Problem, ContentItem> restoreUnobserved(RestoreContent command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        return changeStatus(command.tenant(), command.contentId(), command.certification(), command.expectedRevision(),
                true);
    }

    /** Removes an item and its history for good; {@code expectedRevision} is required. */
    public Either<Problem, ContentKey> purge(PurgeContent command) {
        return observer.observe(CONTEXT, "purge", () -> purgeUnobserved(command));
    }

    private Either<Problem, ContentKey> purgeUnobserved(PurgeContent command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        ContentKey key = checks.takeAll(ContentKey.of(command.contentId(), command.certification()));
        Revision expected = checks.revision(command.expectedRevision());
        return checks.build(() -> key).flatMap(k -> repository.delete(tenant, k, expected));
    }

    /** The item, active or retired (see {@link ContentItem#active()}). */
    public Either<Problem, ContentItem> get(GetContent command) {
        return observer.observe(CONTEXT, "get", () -> getUnobserved(command));
    }

    private Either<Problem, ContentItem> getUnobserved(GetContent command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        ContentKey key = checks.takeAll(ContentKey.of(command.contentId(), command.certification()));
        return checks.build(() -> key).flatMap(k -> load(tenant, k, Option.none()));
    }

    public Either<Problem, ContentItem> getVersion(GetContentVersion command) {
        return observer.observe(CONTEXT, "getVersion", () -> getVersionUnobserved(command));
    }

    private Either<Problem, ContentItem> getVersionUnobserved(GetContentVersion command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        ContentKey key = checks.takeAll(ContentKey.of(command.contentId(), command.certification()));
        ContentVersion version = checks.take(ContentVersion.of(command.version()));
        return checks.build(() -> key).flatMap(k -> repository.asOf(tenant, k, version))
                .flatMap(found -> found.toEither(() -> new Problem.NotFound(KIND + " version", key + "@" + version)));
    }

    public Either<Problem, Page<ContentItem>> listByCertification(ListContentByCertification query) {
        return observer.observe(CONTEXT, "listByCertification", () -> listByCertificationUnobserved(query));
    }

    private Either<Problem, Page<ContentItem>> listByCertificationUnobserved(ListContentByCertification query) {
        if (query == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(query.tenant());
        PageRequest page = checks.page(query.limit(), query.after());
        CertificationType cert = checks.enumValue("certification", query.certification(), CertificationType.class);
        return checks.build(() -> cert).flatMap(c -> repository.listByCertification(tenant, c, page));
    }

    public Either<Problem, Page<ContentItem>> listByCategory(ListContentByCategory query) {
        return observer.observe(CONTEXT, "listByCategory", () -> listByCategoryUnobserved(query));
    }

    private Either<Problem, Page<ContentItem>> listByCategoryUnobserved(ListContentByCategory query) {
        if (query == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(query.tenant());
        PageRequest page = checks.page(query.limit(), query.after());
        String category = checks.text("category", query.category(), 1, ContentRules.MAX_CATEGORY);
        Option<CertificationType> cert = checks.optionalEnum("certification", query.certification(),
                CertificationType.class);
        return checks.build(() -> category).flatMap(c -> repository.listByCategory(tenant, c, cert, page));
    }

    public Either<Problem, Page<ContentItem>> listByType(ListContentByType query) {
        return observer.observe(CONTEXT, "listByType", () -> listByTypeUnobserved(query));
    }

    private Either<Problem, Page<ContentItem>> listByTypeUnobserved(ListContentByType query) {
        if (query == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(query.tenant());
        PageRequest page = checks.page(query.limit(), query.after());
        ContentType type = checks.enumValue("contentType", query.contentType(), ContentType.class);
        checks.window(query.from(), query.to());
        return checks.build(() -> type).flatMap(t -> repository.listByType(tenant, t, query.from(), query.to(), page));
    }

    /** Every version of an item, newest first. */
    public Either<Problem, Page<ContentItem>> history(ListContentHistory query) {
        return observer.observe(CONTEXT, "history", () -> historyUnobserved(query));
    }

    private Either<Problem, Page<ContentItem>> historyUnobserved(ListContentHistory query) {
        if (query == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(query.tenant());
        PageRequest page = checks.page(query.limit(), query.after());
        ContentKey key = checks.takeAll(ContentKey.of(query.contentId(), query.certification()));
        return checks.build(() -> key).flatMap(k -> repository.history(tenant, k, page));
    }

    private Either<Problem, ContentItem> changeStatus(String rawTenant, String contentId, String certification,
                                                      Long expectedRevision, boolean active) {
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(rawTenant);
        ContentKey key = checks.takeAll(ContentKey.of(contentId, certification));
        Option<Revision> expected = checks.optionalRevision(expectedRevision);
        return checks.build(() -> key).flatMap(k -> load(tenant, k, expected)).flatMap(current ->
                current.active() == active ? Either.right(current)
                        : repository.save(current.withActive(active, clock.instant())));
    }

    private Either<Problem, ContentItem> load(TenantId tenant, ContentKey key, Option<Revision> expected) {
        return repository.find(tenant, key)
                .flatMap(found -> found.toEither(() -> (Problem) new Problem.NotFound(KIND, key.toString())))
                .flatMap(item -> expected.isDefined() && !expected.get().equals(item.revision())
                        ? Either.left(new Problem.Conflict(KIND, key.toString(), expected.get(), item.revision()))
                        : Either.right(item));
    }
}
