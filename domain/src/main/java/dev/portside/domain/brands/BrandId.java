package dev.portside.domain.brands;

import dev.portside.domain.kernel.Violation;
import io.vavr.control.Validation;

/** The identifier of a brand: a positive long, as the source system numbers brands. */
public record BrandId(long value) {

    public static Validation<Violation, BrandId> of(long value) {
        return value > 0
                ? Validation.valid(new BrandId(value))
                : Validation.invalid(Violation.of("brandId", value, "must be a positive number"));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
