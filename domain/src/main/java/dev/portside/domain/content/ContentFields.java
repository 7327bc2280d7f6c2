package dev.portside.domain.content;

import java.util.Collection;
import java.util.function.Function;

/**
 * Builds the editable fields of a content item as a caller sends them, unvalidated: a
 * {@link ContentDraft} to publish or the {@link ContentChanges} of a revision. A field not set stays
 * {@code null}, which a draft reads as missing (or defaulted) and a change set as "keep the current value".
 */
public final class ContentFields<T> {

    String title;
    String contentType;
    String category;
    String subcategory;
    String difficulty;
    Collection<String> tags;
    String sourceFile;
    String sourceBucket;
    Integer chunkCount;
    Integer questionCount;
    private final Function<ContentFields<T>, T> result;

    ContentFields(Function<ContentFields<T>, T> result) {
        this.result = result;
    }

    static <T> ContentFields<T> of(Function<ContentFields<T>, T> result, String title, String contentType,
                                   String category, String subcategory, String difficulty, Collection<String> tags,
                                   String sourceFile, String sourceBucket, Integer chunkCount, Integer questionCount) {
        return new ContentFields<>(result).title(title).contentType(contentType).category(category)
                .subcategory(subcategory).difficulty(difficulty).tags(tags).sourceFile(sourceFile)
                .sourceBucket(sourceBucket).chunkCount(chunkCount).questionCount(questionCount);
    }

    public ContentFields<T> title(String value) {
        title = value;
        return this;
    }

    /** One of {@link ContentType}, any case. */
    public ContentFields<T> contentType(String value) {
        contentType = value;
        return this;
    }

    public ContentFields<T> category(String value) {
        category = value;
        return this;
    }

    public ContentFields<T> subcategory(String value) {
        subcategory = value;
        return this;
    }

    /** One of {@link DifficultyLevel}, any case. */
    public ContentFields<T> difficulty(String value) {
        difficulty = value;
        return this;
    }

    public ContentFields<T> tags(Collection<String> value) {
        tags = value;
        return this;
    }

    /** The file the item was extracted from and its bucket: give both or neither. */
    public ContentFields<T> source(String file, String bucket) {
        return sourceFile(file).sourceBucket(bucket);
    }

    public ContentFields<T> sourceFile(String value) {
        sourceFile = value;
        return this;
    }

    public ContentFields<T> sourceBucket(String value) {
        sourceBucket = value;
        return this;
    }

    public ContentFields<T> chunkCount(Integer value) {
        chunkCount = value;
        return this;
    }

    public ContentFields<T> questionCount(Integer value) {
        questionCount = value;
        return this;
    }

    public T build() {
        return result.apply(this);
    }
}
