package dev.portside.domain.content;

import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
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

    /** The item with new details and its version bumped as asked. */
    public ContentItem revise(ContentDetails newDetails, VersionBump bump, Instant now) {
        return new ContentItem(tenant, key, newDetails, version.bump(bump), active, createdAt, now, revision);
    }

    public ContentItem withActive(boolean nowActive, Instant now) {
        return new ContentItem(tenant, key, details, version, nowActive, createdAt, now, revision);
    }

    /** The same item as stored under {@code stored} revision. */
    public ContentItem withRevision(Revision stored) {
        return new ContentItem(tenant, key, details, version, active, createdAt, updatedAt, stored);
    }
}
