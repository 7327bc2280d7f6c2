package dev.portside.domain.content;

import java.util.Collection;

/**
 * Unvalidated values for a content item's details, as a caller sends them. {@code null} fields are
 * "not given": for a publish they are missing (or defaulted), for a revision they keep the current value.
 */
public record ContentDraft(String title, String contentType, String category, String subcategory,
                           String difficulty, Collection<String> tags, String sourceFile, String sourceBucket,
                           Integer chunkCount, Integer questionCount) {

    /** The draft that reproduces {@code details} exactly. */
    public static ContentDraft of(ContentDetails details) {
        return new ContentDraft(details.title(), details.contentType().name(), details.category(),
                details.subcategory(), details.difficulty().name(), details.tags(),
                details.source().map(ContentSource::fileName).getOrNull(),
                details.source().map(ContentSource::bucket).getOrNull(),
                details.chunkCount(), details.questionCount());
    }

    /** This draft with every field given in {@code changes} replaced. */
    public ContentDraft overlay(ContentDraft changes) {
        return new ContentDraft(
                pick(changes.title, title), pick(changes.contentType, contentType),
                pick(changes.category, category), pick(changes.subcategory, subcategory),
                pick(changes.difficulty, difficulty), pick(changes.tags, tags),
                pick(changes.sourceFile, sourceFile), pick(changes.sourceBucket, sourceBucket),
                pick(changes.chunkCount, chunkCount), pick(changes.questionCount, questionCount));
    }

    private static <T> T pick(T change, T current) {
        return change != null ? change : current;
    }
}
