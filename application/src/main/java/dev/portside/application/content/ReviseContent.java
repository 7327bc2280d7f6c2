package dev.portside.application.content;

import dev.portside.domain.content.ContentDraft;

/**
 * Change some fields of an item ({@code null} fields stay as they are); {@code bump} is PATCH
 * (default), MINOR or MAJOR; {@code expectedRevision}, when given, must match the stored one.
 */
public record ReviseContent(String tenant, String contentId, String certification, ContentDraft changes,
                            String bump, Long expectedRevision) {
}
