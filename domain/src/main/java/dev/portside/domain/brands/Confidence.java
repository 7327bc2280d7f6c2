package dev.portside.domain.brands;

import dev.portside.domain.kernel.Violation;
import io.vavr.control.Validation;
import java.math.BigDecimal;

/** A confidence score between 0 and 1 inclusive, with at most {@value #MAX_SCALE} decimals. */
public record Confidence(BigDecimal value) implements Comparable<Confidence> {

    public static final int MAX_SCALE = 4;

    public static Validation<Violation, Confidence> of(String field, BigDecimal value) {
        if (value == null) {
            return Validation.invalid(Violation.of(field, null, "is required"));
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            return Validation.invalid(Violation.of(field, value.toPlainString(), "must be between 0 and 1"));
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() > MAX_SCALE) {
            return Validation.invalid(Violation.of(field, value.toPlainString(),
                    "must have at most " + MAX_SCALE + " decimals"));
        }
        return Validation.valid(new Confidence(plain.setScale(MAX_SCALE)));
    }

    public boolean isBelow(Confidence other) {
        return value.compareTo(other.value) < 0;
    }

    @Override
    public int compareTo(Confidence other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
