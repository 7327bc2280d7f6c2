package dev.portside.domain.content;

import dev.portside.domain.kernel.Violation;
import io.vavr.control.Validation;
import java.util.regex.Pattern;

/** Identifies a piece of content; the same id may be published under several certifications. */
public record ContentId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    public static Validation<Violation, ContentId> of(String value) {
        return of("contentId", value);
    }

    public static Validation<Violation, ContentId> of(String field, String value) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            return Validation.invalid(Violation.of(field, value,
                    "must be 1..128 chars of letters, digits, '.', '_', ':' or '-', starting with a letter or digit"));
        }
        return Validation.valid(new ContentId(value));
    }

    @Override
    public String toString() {
        return value;
    }
}
