package dev.portside.domain.content;

/** Where a content item was extracted from: a file in a bucket. */
public record ContentSource(String fileName, String bucket) {
}
