package dev.portside.domain.circles;

import dev.portside.domain.kernel.Violation;
import io.vavr.control.Validation;
import java.util.Locale;
import java.util.regex.Pattern;

/** An email address, normalised to lower case so uniqueness is case-insensitive. */
public record Email(String value) {

    private static final Pattern FORMAT =
            Pattern.compile("[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]{1,63}(\\.[A-Za-z0-9-]{1,63})*\\.[A-Za-z]{2,24}");

    public static Validation<Violation, Email> of(String value) {
        String v = value == null ? null : value.strip();
        if (v == null || v.length() > 254 || !FORMAT.matcher(v).matches()) {
            return Validation.invalid(Violation.of("email", value, "must be a valid email address"));
        }
        return Validation.valid(new Email(v.toLowerCase(Locale.ROOT)));
    }

    @Override
    public String toString() {
        return value;
    }
}
