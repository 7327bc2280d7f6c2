package dev.portside.domain.brands;

/** Confidence from {@code from} (inclusive) up to {@code to}: exclusive, except a range ending at 1 includes it. */
public record ConfidenceRange(Confidence from, Confidence to) {

    public boolean contains(Confidence confidence) {
        return from.compareTo(confidence) <= 0 && (confidence.isBelow(to) || isTop());
    }

    /** Whether this range ends at 1, which it includes. */
    public boolean isTop() {
        return to.value().compareTo(java.math.BigDecimal.ONE) == 0;
    }

    @Override
    public String toString() {
        return "[" + from + ", " + to + (isTop() ? "]" : ")");
    }
}
