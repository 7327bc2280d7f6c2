package dev.portside.domain.content;

import dev.portside.domain.kernel.Violation;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The business version of a content item, {@code major.minor[.patch]}. A revision increments the
 * patch ({@code 1.0}→{@code 1.0.1}, {@code 2.1.5}→{@code 2.1.6}); an unparseable stored version
 * becomes {@code 1.0.1}. Versions compare semantically ({@code 1.0} equals {@code 1.0.0} in order).
 */
public record ContentVersion(int major, int minor, int patch, boolean patchShown) implements Comparable<ContentVersion> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,9})\\.(\\d{1,9})(?:\\.(\\d{1,9}))?");
    private static final int MAX_PART = 999_999_999;

    public static final ContentVersion INITIAL = new ContentVersion(1, 0, 0, false);
    private static final ContentVersion AFTER_UNPARSEABLE = new ContentVersion(1, 0, 1, true);

    public static Validation<Violation, ContentVersion> of(String text) {
        return parse(text).toValidation(() -> Violation.of("version", text,
                "must be major.minor or major.minor.patch, each part 0.." + MAX_PART));
    }

    public static Option<ContentVersion> parse(String text) {
        if (text == null) {
            return Option.none();
        }
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            return Option.none();
        }
        boolean withPatch = m.group(3) != null;
        return Option.of(new ContentVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                withPatch ? Integer.parseInt(m.group(3)) : 0, withPatch));
    }

    /** The seed's rule for a stored version text: its patch successor, or {@code 1.0.1} when unparseable. */
    public static ContentVersion incrementStored(String stored) {
        return parse(stored).map(ContentVersion::nextPatch).getOrElse(AFTER_UNPARSEABLE);
    }

    public ContentVersion bump(VersionBump bump) {
        return switch (bump) {
            case PATCH -> nextPatch();
            case MINOR -> nextMinor();
            case MAJOR -> nextMajor();
        };
    }

    public ContentVersion nextPatch() {
        return patch < MAX_PART ? new ContentVersion(major, minor, patch + 1, true) : nextMinor();
    }

    public ContentVersion nextMinor() {
        return minor < MAX_PART ? new ContentVersion(major, minor + 1, 0, true) : nextMajor();
    }

    public ContentVersion nextMajor() {
        return new ContentVersion(Math.min(major + 1, MAX_PART), 0, 0, true);
    }

    /** True when both name the same version ({@code 1.0} and {@code 1.0.0} do). */
    public boolean sameAs(ContentVersion other) {
        return compareTo(other) == 0;
    }

    /** A fixed-width text whose string order is the semantic order, for sort keys. */
    public String sortKey() {
        return String.format("%09d.%09d.%09d", major, minor, patch);
    }

    @Override
    public int compareTo(ContentVersion o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        return c != 0 ? c : Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + (patchShown ? "." + patch : "");
    }
}
