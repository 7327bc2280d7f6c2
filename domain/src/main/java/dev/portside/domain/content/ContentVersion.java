package dev.portside.domain.content;

import dev.portside.domain.kernel.Violation;
import io.vavr.control.Option;
import io.vavr.control.Validation;

/**
 * The business version of a content item, {@code major.minor[.patch]}. A revision increments the
 * patch ({@code 1.0}→{@code 1.0.1}, {@code 2.1.5}→{@code 2.1.6}). A version text stored by older software
 * that cannot be parsed is kept as it is ({@link #stored}, {@link #legacy()}): the item stays readable, orders
 * before every parsed version, and its next revision stores {@code 1.0.1} (the seed's rule; {@code 1.1.0} and
 * {@code 2.0.0} for a minor or major bump). Versions compare semantically ({@code 1.0} equals {@code 1.0.0} in
 * order). Each part is at most 999,999,999: a bump past it is refused ({@link #bump} answers none), never
 * wrapped to a lower version.
 *
 * @param legacyText the stored text when it could not be parsed, else null
 */
public record ContentVersion(int major, int minor, int patch, boolean patchShown, String legacyText)
        implements Comparable<ContentVersion> {

    private static final int MAX_PART = 999_999_999;

    public static final ContentVersion INITIAL = new ContentVersion(1, 0, 0, false);
    private static final ContentVersion AFTER_UNPARSEABLE = new ContentVersion(1, 0, 1, true);

    public ContentVersion(int major, int minor, int patch, boolean patchShown) {
        this(major, minor, patch, patchShown, null);
    }

    /**
     * A version text as an adapter read it from storage: parsed when it can be, else kept as a legacy version
     * that reads back as the same text.
     */
    public static ContentVersion stored(String text) {
        return parse(text).getOrElse(() -> new ContentVersion(0, 0, 0, false, String.valueOf(text)));
    }

    /** True for a stored text that could not be parsed (see {@link #stored}). */
    public boolean legacy() {
        return legacyText != null;
    }

    public static Validation<Violation, ContentVersion> of(String text) {
        return parse(text).toValidation(() -> Violation.of("version", text,
                "must be major.minor or major.minor.patch, each part 0.." + MAX_PART));
    }

    /**
     * {@code major.minor} or {@code major.minor.patch}, each part one to nine ASCII digits, around it only
     * whitespace; anything else is none. Read character by character: every stored item's version passes here.
     */
    public static Option<ContentVersion> parse(String text) {
        if (text == null) {
            return Option.none();
        }
        String s = text.strip();
        int[] parts = new int[3];
        int count = 0;
        int digits = 0;
        int value = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' && digits < 9) {
                value = value * 10 + (c - '0');
                digits++;
            } else if (c == '.' && digits > 0 && count < 2) {
                parts[count++] = value;
                value = 0;
                digits = 0;
            } else {
                return Option.none();
            }
        }
        if (digits == 0 || count == 0) {
            return Option.none();
        }
        parts[count++] = value;
        boolean withPatch = count == 3;
        return Option.of(new ContentVersion(parts[0], parts[1], parts[2], withPatch));
    }

    /** The seed's rule for a stored version text: its patch successor, or {@code 1.0.1} when unparseable. */
    public static Option<ContentVersion> incrementStored(String stored) {
        return stored(stored).bump(VersionBump.PATCH);
    }

    /**
     * The version after this one for {@code bump}; none when it would pass the largest version (every part at
     * its maximum), which is refused rather than wrapped to a lower version. A full part carries into the next
     * one ({@code 1.0.999999999} patched is {@code 1.1.0}).
     */
    public Option<ContentVersion> bump(VersionBump bump) {
        if (legacy()) {
            return Option.some(switch (bump) {
                case PATCH -> AFTER_UNPARSEABLE;
                case MINOR -> new ContentVersion(1, 1, 0, true);
                case MAJOR -> new ContentVersion(2, 0, 0, true);
            });
        }
        return switch (bump) {
            case PATCH -> nextPatch();
            case MINOR -> nextMinor();
            case MAJOR -> nextMajor();
        };
    }

    public Option<ContentVersion> nextPatch() {
        return patch < MAX_PART ? Option.some(new ContentVersion(major, minor, patch + 1, true)) : nextMinor();
    }

    public Option<ContentVersion> nextMinor() {
        return minor < MAX_PART ? Option.some(new ContentVersion(major, minor + 1, 0, true)) : nextMajor();
    }

    public Option<ContentVersion> nextMajor() {
        return major < MAX_PART ? Option.some(new ContentVersion(major + 1, 0, 0, true)) : Option.none();
    }

    /** True when both name the same version ({@code 1.0} and {@code 1.0.0} do). */
    public boolean sameAs(ContentVersion other) {
        return compareTo(other) == 0;
    }

    /**
     * A fixed-width text whose string order is the semantic order, for sort keys; a legacy version's key
     * ({@code -}) sorts before every parsed one.
     */
    public String sortKey() {
        return legacy() ? LEGACY_SORT_KEY
                : padded(major, 9) + "." + padded(minor, 9) + "." + padded(patch, 9);
    }

    /** {@code value} in decimal, zero-padded to {@code width} digits: {@code String.format("%0<width>d")}. */
    static String padded(long value, int width) {
        if (value < 0) {
            return String.format("%0" + width + "d", value);
        }
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static final String LEGACY_SORT_KEY = "-";

    @Override
    public int compareTo(ContentVersion o) {
        if (legacy() || o.legacy()) {
            return Boolean.compare(!legacy(), !o.legacy());
        }
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        return c != 0 ? c : Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        if (legacy()) {
            return legacyText;
        }
        return major + "." + minor + (patchShown ? "." + patch : "");
    }
}
