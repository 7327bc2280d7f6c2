package dev.portside.domain.circles;

import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.Violation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** Validation of free-text label lists (tags, backgrounds, needs, goals): trimmed, de-duplicated, bounded. */
public final class Labels {

    private Labels() {
    }

    /** Null becomes empty; each entry 1..{@code maxLength} chars; at most {@code maxCount} distinct entries. */
    public static List<String> of(Checks checks, String field, List<String> values, int maxCount, int maxLength,
                                  boolean lowerCase) {
        if (values == null) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String raw = values.get(i);
            String v = raw == null ? "" : raw.strip();
            if (v.isEmpty() || v.length() > maxLength) {
                checks.add(Violation.ofText(field + "[" + i + "]", raw, "must be 1.." + maxLength + " characters"));
            } else if (checks.take(Checks.storable(field + "[" + i + "]", v)) != null) {
                out.add(lowerCase ? v.toLowerCase(Locale.ROOT) : v);
            }
        }
        if (out.size() > maxCount) {
            checks.add(Violation.of(field, out.size() + " entries", "must have at most " + maxCount + " entries"));
        }
        return List.copyOf(out);
    }
}
