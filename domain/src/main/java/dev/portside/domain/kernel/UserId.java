package dev.portside.domain.kernel;

import io.vavr.control.Validation;
import java.util.regex.Pattern;

/**
 * A user of the host application, the same in every context (a learner's progress, a circle member, the owner of
 * a realtime connection): 1..128 characters of letters, digits, '.', '_', ':', '@', '=', '+' or '-', starting
 * with a letter or digit.
 */
public record UserId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@=+-]{0,127}");

    public static Validation<Violation, UserId> of(String value) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            return Validation.invalid(Violation.of("userId", value,
                    "must be 1..128 chars of letters, digits, '.', '_', ':', '@', '=', '+' or '-',"
                            + " starting with a letter or digit"));
        }
        return Validation.valid(new UserId(value));
    }

    @Override
    public String toString() {
        return value;
    }
}
