package dev.portside.domain.content;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A published piece of learning material, keyed by (content id, certification) within a tenant.
 * Immutable: revising returns a new item with the next {@link ContentVersion}; retiring only hides
 * it from listings. Times are kept to the millisecond so every store round-trips them exactly.
 */
public record ContentItem(TenantId tenant, ContentKey key, ContentDetails details, ContentVersion version,
                          boolean active, Instant createdAt, Instant updatedAt, Revision revision) {

    public ContentItem {
        createdAt = createdAt.truncatedTo(ChronoUnit.MILLIS);
        updatedAt = updatedAt.truncatedTo(ChronoUnit.MILLIS);
    }

    public static ContentItem publish(TenantId tenant, ContentKey key, ContentDetails details, ContentVersion version,
                                      Instant now) {
        return new ContentItem(tenant, key, details, version, true, now, now, Revision.INITIAL);
    }

    public ContentId id() {
        return key.id();
    }

    public CertificationType certification() {
        return key.certification();
    }

    /**
     * The item with new details and its version bumped as asked; {@code Rejected content.version-overflow} when
     * the bump would pass the largest version.
     */
    public Either<Problem, ContentItem> revise(ContentDetails newDetails, VersionBump bump, Instant now) {
        return version.bump(bump).<Either<Problem, ContentItem>>map(next -> Either.right(new ContentItem(tenant, key,
                newDetails, next, active, createdAt, now, revision))).getOrElse(() -> Either.left(new Problem.Rejected(
                "content.version-overflow", "content " + key + " is at version " + version + "; a " + bump.name()
                        .toLowerCase(java.util.Locale.ROOT) + " bump would pass the largest version")));
    }

    public ContentItem withActive(boolean nowActive, Instant now) {
        return new ContentItem(tenant, key, details, version, nowActive, createdAt, now, revision);
    }

    /**
     * Where this item's snapshot sits in its history: its version's sort key, then its revision zero-padded. Every
     * save (a revision, a retire, a restore) stores under a key of its own, so history only ever grows: no entry
     * is rewritten. Keys sort by version, then by save.
     */
    public String historyKey() {
        return historyPrefix(version) + ContentVersion.padded(revision.value(), 19);
    }

    /** The start of the history key of every snapshot of {@code version}; the keys end before it plus {@code ~}. */
    public static String historyPrefix(ContentVersion version) {
        return version.sortKey() + "#";
    }

    /** The same item as stored under {@code stored} revision. */
    public ContentItem withRevision(Revision stored) {
        return new ContentItem(tenant, key, details, version, active, createdAt, updatedAt, stored);
    }
}
