package dev.portside.application.content;

import dev.portside.domain.content.ContentDraft;

/** Publish a new item; {@code version} defaults to {@code 1.0}. */
public record PublishContent(String tenant, String contentId, String certification, ContentDraft draft,
                             String version) {
}
