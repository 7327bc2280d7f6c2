package dev.portside.domain.content;

import java.util.Collection;

/**
 * The fields a revision changes, as a caller sends them; build one with {@link #builder()}. A
 * {@code null} field is not changed. {@link ContentRules#changes} checks the given fields, and the
 * merged result is checked again as a whole ({@link ContentRules#details}).
 */
public record ContentChanges(String title, String contentType, String category, String subcategory,
                             String difficulty, Collection<String> tags, String sourceFile, String sourceBucket,
                             Integer chunkCount, Integer questionCount) {

    public static ContentFields<ContentChanges> builder() {
        return new ContentFields<>(ContentChanges::from);
    }

    /** A revision that changes no field (it only bumps the version). */
    public static ContentChanges none() {
        return builder().build();
    }

    /** A builder holding these changes, to add or replace some. */
    public ContentFields<ContentChanges> toBuilder() {
        return ContentFields.of(ContentChanges::from, title, contentType, category, subcategory, difficulty, tags,
                sourceFile, sourceBucket, chunkCount, questionCount);
    }

    /** {@code current} with every given field replaced. */
    public ContentDraft applyTo(ContentDraft current) {
        return new ContentDraft(pick(title, current.title()), pick(contentType, current.contentType()),
                pick(category, current.category()), pick(subcategory, current.subcategory()),
                pick(difficulty, current.difficulty()), pick(tags, current.tags()),
                pick(sourceFile, current.sourceFile()), pick(sourceBucket, current.sourceBucket()),
                pick(chunkCount, current.chunkCount()), pick(questionCount, current.questionCount()));
    }

    private static ContentChanges from(ContentFields<?> f) {
        return new ContentChanges(f.title, f.contentType, f.category, f.subcategory, f.difficulty, f.tags,
                f.sourceFile, f.sourceBucket, f.chunkCount, f.questionCount);
    }

    private static <T> T pick(T change, T current) {
        return change != null ? change : current;
    }
}
