package dev.portside.domain.content;

import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Violation;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** The validation rules of a content item's details; every violation is reported at once. */
public final class ContentRules {

    public static final int MAX_TITLE = 300;
    public static final int MAX_CATEGORY = 100;
    public static final int MAX_TAGS = 50;
    public static final int MAX_TAG = 64;
    public static final int MAX_SOURCE = 1024;
    public static final int MAX_COUNT = 1_000_000;

    private ContentRules() {
    }

    /** Validates a complete draft; missing tags mean none, missing counts mean zero. */
    public static Either<Problem, ContentDetails> details(ContentDraft draft) {
        Checks checks = Checks.start();
        ContentDetails details = check(checks, draft.toBuilder(), false);
        return checks.build(() -> details);
    }

    /** Validates the fields a revision gives; the merged draft is validated again by {@link #details}. */
    public static Either<Problem, ContentChanges> changes(ContentChanges changes) {
        Checks checks = Checks.start();
        check(checks, changes.toBuilder(), true);
        return checks.build(() -> changes);
    }

    /** Checks every field ({@code partial}: only the given ones); the details when complete and valid. */
    private static ContentDetails check(Checks checks, ContentFields<?> f, boolean partial) {
        String title = given(partial, f.title) ? plain(checks, "title", f.title, MAX_TITLE) : null;
        ContentType type = given(partial, f.contentType)
                ? checks.enumValue("contentType", f.contentType, ContentType.class) : null;
        String category = given(partial, f.category) ? plain(checks, "category", f.category, MAX_CATEGORY) : null;
        String subcategory = given(partial, f.subcategory)
                ? plain(checks, "subcategory", f.subcategory, MAX_CATEGORY) : null;
        DifficultyLevel difficulty = given(partial, f.difficulty)
                ? checks.enumValue("difficulty", f.difficulty, DifficultyLevel.class) : null;
        TreeSet<String> tags = tags(checks, f.tags);
        Option<ContentSource> source = source(checks, f.sourceFile, f.sourceBucket, partial);
        int chunks = count(checks, "chunkCount", f.chunkCount);
        int questions = count(checks, "questionCount", f.questionCount);
        return partial || !checks.ok() ? null
                : new ContentDetails(title, type, category, subcategory, difficulty, tags, source, chunks, questions);
    }

    private static boolean given(boolean partial, Object value) {
        return !partial || value != null;
    }

    /** Required single-line text of {@code 1..max} characters after trimming, without control characters. */
    static String plain(Checks checks, String field, String value, int max) {
        String text = checks.text(field, value, 1, max);
        if (text != null && text.chars().anyMatch(Character::isISOControl)) {
            checks.add(Violation.of(field, value, "must not contain control characters"));
            return null;
        }
        return text;
    }

    private static TreeSet<String> tags(Checks checks, Collection<String> raw) {
        TreeSet<String> tags = new TreeSet<>();
        if (raw == null) {
            return tags;
        }
        List<String> values = new ArrayList<>(raw);
        for (int i = 0; i < values.size(); i++) {
            String tag = plain(checks, "tags[" + i + "]", values.get(i), MAX_TAG);
            if (tag != null) {
                tags.add(tag.toLowerCase(Locale.ROOT));
            }
        }
        if (tags.size() > MAX_TAGS) {
            checks.add(Violation.of("tags", tags.size() + " distinct tags", "must have at most " + MAX_TAGS + " tags"));
        }
        return tags;
    }

    /** Both or neither of file and bucket; a partial change may give one, the merged result needs both. */
    private static Option<ContentSource> source(Checks checks, String file, String bucket, boolean partial) {
        if (file == null && bucket == null) {
            return Option.none();
        }
        String f = given(partial, file) ? plain(checks, "sourceFile", file, MAX_SOURCE) : null;
        String b = given(partial, bucket) ? plain(checks, "sourceBucket", bucket, MAX_SOURCE) : null;
        return f == null || b == null ? Option.none() : Option.of(new ContentSource(f, b));
    }

    private static int count(Checks checks, String field, Integer value) {
        if (value == null) {
            return 0;
        }
        checks.range(field, value, 0, MAX_COUNT);
        return value;
    }
}
