package dev.portside.application.content;

import dev.portside.domain.content.ContentChanges;
import dev.portside.domain.content.ContentDraft;
import dev.portside.domain.kernel.Cursor;
import java.time.Instant;

/**
 * The commands of {@link ContentCatalog}: raw caller input, validated by the use case (all violations
 * at once). A listing takes at most {@code limit} items after {@code after}, the cursor the previous
 * page gave ({@code page.next().getOrNull()}; null for the first page).
 */
public final class ContentCommands {

    private ContentCommands() {
    }

    /** Publish a new item; {@code version} defaults to {@code 1.0}. */
    public record PublishContent(String tenant, String contentId, String certification, ContentDraft draft,
                                 String version) {
    }

    /**
     * Change the given fields of an item ({@code null} changes: none, only the version moves); {@code bump}
     * is PATCH (default), MINOR or MAJOR; {@code expectedRevision}, when given, must match the stored one.
     */
    public record ReviseContent(String tenant, String contentId, String certification, ContentChanges changes,
                                String bump, Long expectedRevision) {
    }

    /** The item, active or retired. */
    public record GetContent(String tenant, String contentId, String certification) {
    }

    /** Hide an item from listings; {@code expectedRevision} is optional. */
    public record RetireContent(String tenant, String contentId, String certification, Long expectedRevision) {

        public RetireContent(String tenant, String contentId, String certification) {
            this(tenant, contentId, certification, null);
        }
    }

    /** Bring a retired item back; {@code expectedRevision} is optional. */
    public record RestoreContent(String tenant, String contentId, String certification, Long expectedRevision) {

        public RestoreContent(String tenant, String contentId, String certification) {
            this(tenant, contentId, certification, null);
        }
    }

    /** Remove an item and its history for good; {@code expectedRevision} is required. */
    public record PurgeContent(String tenant, String contentId, String certification, Long expectedRevision) {
    }

    /** One version of an item, from its history. */
    public record GetContentVersion(String tenant, String contentId, String certification, String version) {
    }

    public record ListContentByCertification(String tenant, String certification, int limit, Cursor after) {
    }

    /** {@code certification} may be null for every certification. */
    public record ListContentByCategory(String tenant, String category, String certification, int limit,
                                        Cursor after) {
    }

    /** Items created in {@code [from, to)}. */
    public record ListContentByType(String tenant, String contentType, Instant from, Instant to, int limit,
                                    Cursor after) {
    }

    /** Every version of an item, newest first. */
    public record ListContentHistory(String tenant, String contentId, String certification, int limit, Cursor after) {
    }
}
