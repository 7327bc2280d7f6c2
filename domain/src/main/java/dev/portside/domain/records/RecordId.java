package dev.portside.domain.records;

import dev.portside.domain.kernel.Violation;
import io.vavr.control.Validation;
import java.util.regex.Pattern;

/** The caller-chosen identity of a record: 1..128 chars of letters, digits, '.', '_' or '-'. */
public record RecordId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    public static Validation<Violation, RecordId> of(String value) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            return Validation.invalid(Violation.of("id", value,
                    "must be 1..128 chars of letters, digits, '.', '_' or '-', starting with a letter or digit"));
        }
        return Validation.valid(new RecordId(value));
    }

    @Override
    public String toString() {
        return value;
    }
}
