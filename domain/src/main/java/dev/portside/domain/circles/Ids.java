package dev.portside.domain.circles;

import dev.portside.domain.kernel.Violation;
import io.vavr.control.Validation;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Shared shape of the context's identifiers: 1..64 characters of letters, digits, '_', '-', '.'. */
final class Ids {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private Ids() {
    }

    static <T> Validation<Violation, T> of(String field, String value, Function<String, T> make) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            return Validation.invalid(Violation.of(field, value,
                    "must be 1..64 characters of letters, digits, '_', '-' or '.', starting with a letter or digit"));
        }
        return Validation.valid(make.apply(value));
    }
}
