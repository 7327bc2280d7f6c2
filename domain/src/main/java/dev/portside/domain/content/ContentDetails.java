package dev.portside.domain.content;

import io.vavr.control.Option;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The editable description of a content item, always valid: build it through
 * {@link ContentRules#details}. Tags are a lower-case, sorted, unmodifiable set.
 */
public record ContentDetails(String title, ContentType contentType, String category, String subcategory,
                             DifficultyLevel difficulty, SortedSet<String> tags, Option<ContentSource> source,
                             int chunkCount, int questionCount) {

    public ContentDetails {
        tags = Collections.unmodifiableSortedSet(new TreeSet<>(tags));
        source = source == null ? Option.none() : source;
    }
}
