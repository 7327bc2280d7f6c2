package dev.portside.application.content;

import dev.portside.domain.content.CertificationType;
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
import dev.portside.domain.kernel.Violation;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;

/**
 * The content catalog's use cases: publish, revise (partial change, merged result validated,
 * version bumped, optimistic lock), retire and restore (soft delete), purge, lookups, listings
 * and version history. Every method validates its whole command first and never throws.
 */
public final class ContentCatalog {

    static final String KIND = "content";
    private static final ContentDraft PLACEHOLDER = new ContentDraft("t", "VIDEO", "c", "s", "BEGINNER", null,
            null, null, 0, 0);
    private static final ContentDraft NO_CHANGES = new ContentDraft(null, null, null, null, null, null, null, null,
            null, null);

    private final ContentRepository repository;
    private final Clock clock;

    public ContentCatalog(ContentRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public Either<Problem, ContentItem> publish(PublishContent command) {
        Checks checks = Checks.start();
        TenantId tenant = Inputs.tenant(checks, command.tenant());
        ContentKey key = Inputs.key(checks, command.contentId(), command.certification());
        ContentDetails details = checks.takeEither("draft", command.draft() == null
                ? Either.left(Problem.Invalid.of("draft", null, "is required"))
                : ContentRules.details(command.draft()));
        ContentVersion version = command.version() == null ? ContentVersion.INITIAL
                : checks.take(ContentVersion.of(command.version()));
        return checks.build(() -> ContentItem.publish(tenant, key, details, version, clock.instant()))
                .flatMap(repository::create);
    }

    public Either<Problem, ContentItem> revise(ReviseContent command) {
        Checks checks = Checks.start();
        TenantId tenant = Inputs.tenant(checks, command.tenant());
        ContentKey key = Inputs.key(checks, command.contentId(), command.certification());
        ContentDraft changes = command.changes() == null ? NO_CHANGES : command.changes();
        checks.takeEither("changes", ContentRules.details(PLACEHOLDER.overlay(changes)));
        VersionBump bump = command.bump() == null ? VersionBump.PATCH
                : checks.enumValue("bump", command.bump(), VersionBump.class);
        Option<Revision> expected = Inputs.optionalRevision(checks, command.expectedRevision());
        if (!checks.ok()) {
            return checks.build(() -> null);
        }
        return load(tenant, key, expected).flatMap(current -> {
            if (!current.active()) {
                return Either.left(new Problem.Rejected("content.retired",
                        "content " + key + " is retired; restore it before revising"));
            }
            return ContentRules.details(ContentDraft.of(current.details()).overlay(changes))
                    .map(merged -> current.revise(merged, bump, clock.instant()))
                    .flatMap(repository::save);
        });
    }

    public Either<Problem, ContentItem> retire(ContentRef command) {
        return changeStatus(command, false);
    }

    public Either<Problem, ContentItem> restore(ContentRef command) {
        return changeStatus(command, true);
    }

    /** Removes an item and its history for good; {@code expectedRevision} is required. */
    public Either<Problem, ContentKey> purge(ContentRef command) {
        Checks checks = Checks.start();
        TenantId tenant = Inputs.tenant(checks, command.tenant());
        ContentKey key = Inputs.key(checks, command.contentId(), command.certification());
        Revision expected = command.expectedRevision() == null
                ? checks.take(io.vavr.control.Validation.invalid(Violation.of("expectedRevision", null, "is required")))
                : checks.take(Revision.of(command.expectedRevision()));
        return checks.build(() -> key).flatMap(k -> repository.delete(tenant, k, expected));
    }

    /** The item, active or retired (see {@link ContentItem#active()}). */
    public Either<Problem, ContentItem> get(ContentRef command) {
        Checks checks = Checks.start();
        TenantId tenant = Inputs.tenant(checks, command.tenant());
        ContentKey key = Inputs.key(checks, command.contentId(), command.certification());
        return checks.build(() -> key).flatMap(k -> load(tenant, k, Option.none()));
    }

    public Either<Problem, ContentItem> asOf(ContentAsOf command) {
        Checks checks = Checks.start();
        TenantId tenant = Inputs.tenant(checks, command.tenant());
        ContentKey key = Inputs.key(checks, command.contentId(), command.certification());
        ContentVersion version = checks.take(ContentVersion.of(command.version()));
        return checks.build(() -> key).flatMap(k -> repository.asOf(tenant, k, version))
                .flatMap(found -> found.toEither(() -> new Problem.NotFound(KIND + " version", key + "@" + version)));
    }

    public Either<Problem, Page<ContentItem>> list(ContentListing query) {
        Checks checks = Checks.start();
        TenantId tenant = Inputs.tenant(checks, query.tenant());
        PageRequest page = Inputs.page(checks, query.limit(), query.cursor());
        if (query instanceof ContentListing.ByCertification q) {
            CertificationType cert = checks.enumValue("certification", q.certification(), CertificationType.class);
            return checks.build(() -> cert).flatMap(c -> repository.listByCertification(tenant, c, page));
        }
        if (query instanceof ContentListing.ByCategory q) {
            String category = checks.text("category", q.category(), 1, ContentRules.MAX_CATEGORY);
            Option<CertificationType> cert = Inputs.optionalCertification(checks, q.certification());
            return checks.build(() -> category).flatMap(c -> repository.listByCategory(tenant, c, cert, page));
        }
        if (query instanceof ContentListing.ByType q) {
            ContentType type = checks.enumValue("contentType", q.contentType(), ContentType.class);
            Instant from = Inputs.instant(checks, "from", q.from());
            Instant to = Inputs.instant(checks, "to", q.to());
            checks.require(from == null || to == null || !from.isAfter(to), "to", to, "must not be before from");
            return checks.build(() -> type).flatMap(t -> repository.listByType(tenant, t, from, to, page));
        }
        ContentListing.History q = (ContentListing.History) query;
        ContentKey key = Inputs.key(checks, q.contentId(), q.certification());
        return checks.build(() -> key).flatMap(k -> repository.history(tenant, k, page));
    }

    private Either<Problem, ContentItem> changeStatus(ContentRef command, boolean active) {
        Checks checks = Checks.start();
        TenantId tenant = Inputs.tenant(checks, command.tenant());
        ContentKey key = Inputs.key(checks, command.contentId(), command.certification());
        Option<Revision> expected = Inputs.optionalRevision(checks, command.expectedRevision());
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
