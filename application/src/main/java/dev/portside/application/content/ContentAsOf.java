package dev.portside.application.content;

/** One version of an item, from its history. */
public record ContentAsOf(String tenant, String contentId, String certification, String version) {
}
