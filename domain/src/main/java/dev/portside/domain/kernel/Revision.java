package dev.portside.domain.kernel;

/**
 * The optimistic-lock counter of an aggregate: 1 on create, +1 per save. Not a business version.
 */
public record Revision(long value) implements Comparable<Revision> {

    public static final Revision INITIAL = new Revision(1);

    public Revision {
        if (value < 1) {
            throw new IllegalArgumentException("a revision starts at 1, got " + value);
        }
    }

    public static io.vavr.control.Validation<Violation, Revision> of(long value) {
        return value < 1
                ? io.vavr.control.Validation.invalid(Violation.of("revision", value, "must be >= 1"))
                : io.vavr.control.Validation.valid(new Revision(value));
    }

    public Revision next() {
        return new Revision(value + 1);
    }

    @Override
    public int compareTo(Revision other) {
        return Long.compare(value, other.value);
    }
}
