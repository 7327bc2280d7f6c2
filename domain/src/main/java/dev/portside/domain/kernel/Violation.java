package dev.portside.domain.kernel;

import java.util.Objects;

/**
 * One reason an input was refused: the field, the rejected value shown safely (shortened, control
 * characters escaped, secrets masked by the caller) and the reason in plain words.
 */
public record Violation(String field, String rejectedValue, String reason) {

    static final int SHOWN_CHARS = 40;

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
        rejectedValue = rejectedValue == null ? "null" : rejectedValue;
    }

    /** A violation whose rejected value is rendered safely from any object. */
    public static Violation of(String field, Object rejected, String reason) {
        return new Violation(field, show(rejected), reason);
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
            char c = text.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (text.length() > SHOWN_CHARS) {
            out.append("… (").append(text.length()).append(" chars)");
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return field + ": " + reason + " (got " + rejectedValue + ")";
    }
}
