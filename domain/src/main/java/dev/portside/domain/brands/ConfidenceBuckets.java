package dev.portside.domain.brands;

import dev.portside.domain.kernel.Violation;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How brands are grouped by confidence: inner bounds strictly between 0 and 1, increasing, cutting 0..1 into
 * {@code bounds + 1} ranges ({@link ConfidenceRange}), at most {@value #MAX_BUCKETS}. Either an equal width
 * (0.1 gives [0, 0.1), [0.1, 0.2), …, [0.9, 1]) or explicit bounds.
 */
public record ConfidenceBuckets(List<Confidence> bounds) {

    public static final int MAX_BUCKETS = 100;
    public static final BigDecimal DEFAULT_WIDTH = new BigDecimal("0.1");

    public ConfidenceBuckets {
        bounds = List.copyOf(bounds);
    }

    /** Equal ranges of {@code width} ({@code 0 < width < 1}, at most 4 decimals, at most {@value #MAX_BUCKETS} ranges). */
    public static Validation<Violation, ConfidenceBuckets> ofWidth(String field, BigDecimal width) {
        if (width == null) {
            return Validation.invalid(Violation.of(field, null, "is required"));
        }
        if (width.signum() <= 0 || width.compareTo(BigDecimal.ONE) >= 0
                || width.stripTrailingZeros().scale() > Confidence.MAX_SCALE
                || BigDecimal.ONE.divide(width, 0, RoundingMode.CEILING).intValue() > MAX_BUCKETS) {
            return Validation.invalid(Violation.of(field, width.toPlainString(), "must be a width between "
                    + BigDecimal.ONE.divide(BigDecimal.valueOf(MAX_BUCKETS)) + " and 1 (exclusive) with at most "
                    + Confidence.MAX_SCALE + " decimals"));
        }
        List<Confidence> bounds = new ArrayList<>();
        for (BigDecimal at = width; at.compareTo(BigDecimal.ONE) < 0; at = at.add(width)) {
            bounds.add(new Confidence(at.setScale(Confidence.MAX_SCALE)));
        }
        return Validation.valid(new ConfidenceBuckets(bounds));
    }

    /** Explicit inner bounds: 1..{@value #MAX_BUCKETS}-1 values, each {@code 0 < b < 1} with at most 4 decimals, increasing. */
    public static Validation<Violation, ConfidenceBuckets> ofBounds(String field, List<BigDecimal> values) {
        if (values == null || values.isEmpty() || values.size() >= MAX_BUCKETS) {
            return Validation.invalid(Violation.of(field, values == null ? null : values.size() + " bounds",
                    "must hold 1 to " + (MAX_BUCKETS - 1) + " bounds"));
        }
        List<Confidence> bounds = new ArrayList<>();
        for (BigDecimal value : values) {
            if (value == null || value.signum() <= 0 || value.compareTo(BigDecimal.ONE) >= 0
                    || value.stripTrailingZeros().scale() > Confidence.MAX_SCALE) {
                return Validation.invalid(Violation.of(field, value == null ? null : value.toPlainString(),
                        "each bound must be between 0 and 1 (exclusive) with at most " + Confidence.MAX_SCALE
                                + " decimals"));
            }
            Confidence bound = new Confidence(value.stripTrailingZeros().setScale(Confidence.MAX_SCALE));
            if (!bounds.isEmpty() && !bounds.get(bounds.size() - 1).isBelow(bound)) {
                return Validation.invalid(Violation.of(field, value.toPlainString(), "bounds must increase"));
            }
            bounds.add(bound);
        }
        return Validation.valid(new ConfidenceBuckets(bounds));
    }

    /** The ranges, lowest first. */
    public List<ConfidenceRange> ranges() {
        List<ConfidenceRange> ranges = new ArrayList<>();
        Confidence from = new Confidence(BigDecimal.ZERO.setScale(Confidence.MAX_SCALE));
        for (Confidence bound : bounds) {
            ranges.add(new ConfidenceRange(from, bound));
            from = bound;
        }
        ranges.add(new ConfidenceRange(from, new Confidence(BigDecimal.ONE.setScale(Confidence.MAX_SCALE))));
        return List.copyOf(ranges);
    }

    /** The index of the range holding {@code confidence}: how many bounds are at or below it. */
    public int indexOf(Confidence confidence) {
        int index = 0;
        while (index < bounds.size() && !confidence.isBelow(bounds.get(index))) {
            index++;
        }
        return index;
    }
}
