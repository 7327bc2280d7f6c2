package dev.portside.domain.brands;

import dev.portside.domain.kernel.Violation;
import io.vavr.control.Validation;

/** A merchant category code: exactly four digits, leading zeros kept ({@code 0742}). */
public record MccCode(String value) {

    public static Validation<Violation, MccCode> of(String field, String value) {
        if (value == null || !value.matches("[0-9]{4}")) {
            return Validation.invalid(Violation.of(field, value, "must be a 4-digit merchant category code"));
        }
        return Validation.valid(new MccCode(value));
    }

    @Override
    public String toString() {
        return value;
    }
}
