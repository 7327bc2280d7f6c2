package dev.portside.domain.content;

import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;

/**
 * Stores content items and their version history, per tenant. {@code create} refuses an existing
 * key; {@code save} and {@code delete} apply only at the caller's revision (else {@code Conflict}).
 * Every write also stores the item as the snapshot of its version, atomically; listings show active
 * items only and page with signed cursors. Backend failures are {@code Unavailable}, never thrown.
 */
public interface ContentRepository {

    /** Stores a new item at {@link Revision#INITIAL}; {@code AlreadyExists} if the key is taken. */
    Either<Problem, ContentItem> create(ContentItem item);

    /** Stores the item if the stored revision equals {@code item.revision()}; returns it at the next revision. */
    Either<Problem, ContentItem> save(ContentItem item);

    /** Removes the item and its history if the stored revision equals {@code expected}. */
    Either<Problem, ContentKey> delete(TenantId tenant, ContentKey key, Revision expected);

    Either<Problem, Option<ContentItem>> find(TenantId tenant, ContentKey key);

    /** Every item (active or not) with this id, one per certification, in certification-name order. */
    Either<Problem, List<ContentItem>> findAllCertifications(TenantId tenant, ContentId id);

    /** Active items of a certification, ordered by category then content id. */
    Either<Problem, Page<ContentItem>> listByCertification(TenantId tenant, CertificationType certification,
                                                           PageRequest page);

    /**
     * Active items of a category: within one certification ordered by content id, across all
     * certifications ordered by content id then certification name.
     */
    Either<Problem, Page<ContentItem>> listByCategory(TenantId tenant, String category,
                                                      Option<CertificationType> certification, PageRequest page);

    /** Active items of a content type created in {@code [from, to)}, ordered by creation time, id, certification. */
    Either<Problem, Page<ContentItem>> listByType(TenantId tenant, ContentType type, Instant from, Instant to,
                                                  PageRequest page);

    /** The snapshots of every version of an item, newest version first. */
    Either<Problem, Page<ContentItem>> history(TenantId tenant, ContentKey key, PageRequest page);

    /** The snapshot of one version (compared semantically: {@code 1.0} finds {@code 1.0.0}). */
    Either<Problem, Option<ContentItem>> asOf(TenantId tenant, ContentKey key, ContentVersion version);

    /** How many active items a certification has. */
    Either<Problem, Long> countActive(TenantId tenant, CertificationType certification);
}
