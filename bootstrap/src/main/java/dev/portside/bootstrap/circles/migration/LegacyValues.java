package dev.portside.bootstrap.circles.migration;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Lenient readings of legacy column values; anything unreadable is passed on so the use case refuses it. */
final class LegacyValues {

    private LegacyValues() {
    }

    /** A JSON array of strings ({@code ["a","b"]}) or a comma-separated list; blank is empty. */
    static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        String v = value.strip();
        if (v.startsWith("[") && v.endsWith("]")) {
            v = v.substring(1, v.length() - 1);
        }
        return Arrays.stream(v.split(",")).map(String::strip).map(s -> s.replaceAll("^\"|\"$", ""))
                .filter(s -> !s.isEmpty()).toList();
    }

    static boolean flag(String value) {
        return value != null && List.of("1", "true", "yes", "y").contains(value.strip().toLowerCase(Locale.ROOT));
    }

    /** A whole number, or -1 (refused by validation) when unreadable. */
    static int number(String value) {
        try {
            return value == null ? -1 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A stored counter: blank is 0, an unreadable one -1 (refused by validation). */
    static long count(String value) {
        try {
            return value == null || value.isBlank() ? 0 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Legacy enum spellings ({@code support_group}, {@code Managing-Well}) as Portside names. */
    static String name(String value) {
        return value == null ? null : value.strip().replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT);
    }

    static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
