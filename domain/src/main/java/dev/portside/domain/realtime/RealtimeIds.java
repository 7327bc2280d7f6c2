package dev.portside.domain.realtime;

import dev.portside.domain.kernel.Violation;
import io.vavr.control.Validation;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Shared format of the hub's identifiers: 1..128 chars, no '#' (the key separator of the stores). */
final class RealtimeIds {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:=+\\-]{0,127}");

    private RealtimeIds() {
    }

    static <T> Validation<Violation, T> of(String field, String value, Function<String, T> make) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            return Validation.invalid(Violation.of(field, value,
                    "must be 1..128 chars of letters, digits, '.', '_', ':', '=', '+' or '-', starting with a letter or digit"));
        }
        return Validation.valid(make.apply(value));
    }
}
