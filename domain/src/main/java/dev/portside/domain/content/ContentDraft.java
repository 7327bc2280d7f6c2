package dev.portside.domain.content;

import java.util.Collection;

/**
 * Unvalidated values for a new content item's details, as a caller sends them; build one with
 * {@link #builder()}. {@code null} fields are missing: tags default to none, counts to zero, the
 * source to none; the others are required ({@link ContentRules#details}).
 */
public record ContentDraft(String title, String contentType, String category, String subcategory,
                           String difficulty, Collection<String> tags, String sourceFile, String sourceBucket,
                           Integer chunkCount, Integer questionCount) {

    public static ContentFields<ContentDraft> builder() {
        return new ContentFields<>(ContentDraft::from);
    }

    /** The draft that reproduces {@code details} exactly. */
    public static ContentDraft of(ContentDetails details) {
        return new ContentDraft(details.title(), details.contentType().name(), details.category(),
                details.subcategory(), details.difficulty().name(), details.tags(),
                details.source().map(ContentSource::fileName).getOrNull(),
                details.source().map(ContentSource::bucket).getOrNull(),
                details.chunkCount(), details.questionCount());
    }

    /** A builder holding this draft's values, to change some of them. */
    public ContentFields<ContentDraft> toBuilder() {
        return ContentFields.of(ContentDraft::from, title, contentType, category, subcategory, difficulty, tags,
                sourceFile, sourceBucket, chunkCount, questionCount);
    }

    private static ContentDraft from(ContentFields<?> f) {
        return new ContentDraft(f.title, f.contentType, f.category, f.subcategory, f.difficulty, f.tags, f.sourceFile,
                f.sourceBucket, f.chunkCount, f.questionCount);
    }
}
