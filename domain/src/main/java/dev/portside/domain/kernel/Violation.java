package dev.portside.domain.kernel;

import java.util.Objects;

/**
 * One reason an input was refused: the field, the rejected value shown safely (shortened, control
 * characters escaped, secrets masked by the caller) and the reason in plain words.
 */
public record Violation(String field, String rejectedValue, String reason) {

    static final int SHOWN_CHARS = 40;
    static final int MASKED_CHARS = 16;

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
        rejectedValue = rejectedValue == null ? "null" : rejectedValue;
    }

    /** A violation whose rejected value is rendered safely from any object. */
    public static Violation of(String field, Object rejected, String reason) {
        return new Violation(field, show(rejected), reason);
    }

    /**
     * A violation for free text (a bio, a story, a payload): shown as its length and a masked excerpt around the
     * first character no store keeps, letters and digits masked, so no message carries the text itself.
     */
    public static Violation ofText(String field, String text, String reason) {
        return new Violation(field, masked(text), reason);
    }

    /** A violation for a secret: the value is never shown. */
    public static Violation secret(String field, String reason) {
        return new Violation(field, "****", reason);
    }

    static String show(Object value) {
        if (value == null) {
            return "null";
        }
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder();
        int limit = Math.min(text.length(), SHOWN_CHARS);
        for (int i = 0; i < limit; i++) {
            append(out, text, i, false);
        }
        if (text.length() > SHOWN_CHARS) {
            out.append("… (").append(text.length()).append(" chars)");
        }
        return out.toString();
    }

    static String masked(String text) {
        if (text == null) {
            return "null";
        }
        int at = Math.max(0, firstUnstorable(text));
        int from = Math.max(0, at - MASKED_CHARS / 2);
        int to = Math.min(text.length(), from + MASKED_CHARS);
        StringBuilder out = new StringBuilder().append(text.length()).append(" chars: ");
        out.append(from > 0 ? "…" : "");
        for (int i = from; i < to; i++) {
            append(out, text, i, true);
        }
        return out.append(to < text.length() ? "…" : "").toString();
    }

    /** The index of the first NUL character or lone UTF-16 surrogate in {@code text}, or -1 when there is none. */
    static int firstUnstorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\u0000' || lone(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean lone(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }

    private static void append(StringBuilder out, String text, int i, boolean mask) {
        char c = text.charAt(i);
        if (c == '\n') {
            out.append("\\n");
        } else if (c == '\t') {
            out.append("\\t");
        } else if (Character.isISOControl(c) || lone(text, i)) {
            out.append(String.format("\\u%04x", (int) c));
        } else if (mask && !Character.isWhitespace(c)) {
            out.append(Character.isLowSurrogate(c) ? "" : "*");
        } else if (Character.isHighSurrogate(c) && i + 1 == SHOWN_CHARS) {
            out.append("\\u").append(String.format("%04x", (int) c));
        } else {
            out.append(c);
        }
    }

    @Override
    public String toString() {
        return field + ": " + reason + " (got " + rejectedValue + ")";
    }
}
