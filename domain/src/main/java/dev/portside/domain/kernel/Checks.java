package dev.portside.domain.kernel;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * Accumulates violations across many fields, so a command is refused with all of them at once.
 * Each check returns the accepted value (or {@code null} when refused); {@link #build} runs the
 * constructor only when nothing was refused.
 */
public final class Checks {

    private final List<Violation> violations = new ArrayList<>();

    public static Checks start() {
        return new Checks();
    }

    /** Takes a value object's own validation. */
    public <T> T take(Validation<Violation, T> validation) {
        if (validation.isInvalid()) {
            violations.add(validation.getError());
            return null;
        }
        return validation.get();
    }

    /** Takes a nested validation that may carry several violations. */
    public <T> T takeAll(Validation<? extends Seq<Violation>, T> validation) {
        if (validation.isInvalid()) {
            validation.getError().forEach(violations::add);
            return null;
        }
        return validation.get();
    }

    /** Takes the violations of a nested {@link Problem.Invalid}; other problems become one violation. */
    public <T> T takeEither(String field, Either<Problem, T> result) {
        if (result.isLeft()) {
            Problem p = result.getLeft();
            if (p instanceof Problem.Invalid invalid) {
                violations.addAll(invalid.violations());
            } else {
                violations.add(Violation.of(field, null, p.message()));
            }
            return null;
        }
        return result.get();
    }

    public Checks require(boolean ok, String field, Object rejected, String reason) {
        if (!ok) {
            violations.add(Violation.of(field, rejected, reason));
        }
        return this;
    }

    public Checks add(Violation violation) {
        violations.add(violation);
        return this;
    }

    /** The earliest instant a command may carry (stores keep instants as fixed-width UTC text). */
    public static final java.time.Instant EARLIEST = java.time.Instant.parse("1970-01-01T00:00:00Z");
    /** The latest instant a command may carry. */
    public static final java.time.Instant LATEST = java.time.Instant.parse("9999-12-31T23:59:59.999Z");

    /** The tenant every command names, parsed once here for every context. */
    public TenantId tenant(String raw) {
        return take(TenantId.of(raw));
    }

    /**
     * A page request: at most {@code limit} items (1..1000) after {@code after}, the cursor a previous
     * {@link Page#next()} gave (null for the first page).
     */
    public PageRequest page(int limit, Cursor after) {
        Option<Cursor> resume = after == null ? Option.none() : Option.of(take(Cursor.of(after.token())));
        return take(PageRequest.of(limit, resume));
    }

    /** An expected revision the caller holds; null means "none given". */
    public Option<Revision> optionalRevision(Long raw) {
        return raw == null ? Option.none() : Option.of(take(Revision.of(raw)));
    }

    /** A required expected revision. */
    public Revision revision(Long raw) {
        if (raw == null) {
            violations.add(Violation.of("expectedRevision", null, "is required"));
            return null;
        }
        return take(Revision.of(raw));
    }

    /** A required instant between {@link #EARLIEST} and {@link #LATEST}. */
    public java.time.Instant instant(String field, java.time.Instant value) {
        if (value == null) {
            violations.add(Violation.of(field, null, "is required"));
            return null;
        }
        if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
            violations.add(Violation.of(field, value, "must be between " + EARLIEST + " and " + LATEST));
            return null;
        }
        return value;
    }

    /** A time window: {@code from} and {@code to} each a storable instant, {@code to} not before {@code from}. */
    public Checks window(java.time.Instant from, java.time.Instant to) {
        java.time.Instant start = instant("from", from);
        java.time.Instant end = instant("to", to);
        return require(start == null || end == null || !start.isAfter(end), "to", to, "must not be before from");
    }

    /** An optional enum value: null or blank is none. */
    public <E extends Enum<E>> Option<E> optionalEnum(String field, String value, Class<E> type) {
        return value == null || value.isBlank() ? Option.none() : Option.of(enumValue(field, value, type));
    }

    /** Required text, trimmed length within {@code min..max}, {@link #storable} as given. */
    public String text(String field, String value, int min, int max) {
        if (value == null) {
            violations.add(Violation.of(field, null, "is required"));
            return null;
        }
        if (take(storable(field, value)) == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() < min || trimmed.length() > max) {
            violations.add(Violation.ofText(field, value, min > 0 && trimmed.isEmpty()
                    ? "must not be blank"
                    : "must be " + min + ".." + max + " characters (got " + trimmed.length() + ")"));
            return null;
        }
        return trimmed;
    }

    /** Required text kept exactly as given (a payload, a label): only {@link #storable} is checked. */
    public String storableText(String field, String value) {
        if (value == null) {
            violations.add(Violation.of(field, null, "is required"));
            return null;
        }
        return take(storable(field, value));
    }

    /**
     * The one rule every stored text follows, whatever the store: no NUL character (U+0000) and no lone UTF-16
     * surrogate, which PostgreSQL refuses or DynamoDB and S3 would replace. Value objects' {@code of} use it too.
     */
    public static Validation<Violation, String> storable(String field, String value) {
        int at = Violation.firstUnstorable(value);
        if (at < 0) {
            return Validation.valid(value);
        }
        return Validation.invalid(Violation.ofText(field, value, value.charAt(at) == '\u0000'
                ? "must not contain the NUL character (U+0000)"
                : "must not contain a lone UTF-16 surrogate (not valid Unicode text)"));
    }

    /** Optional text: null stays null, otherwise as {@link #text}. */
    public String optionalText(String field, String value, int min, int max) {
        return value == null ? null : text(field, value, min, max);
    }

    public <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        if (value == null) {
            violations.add(Violation.of(field, null, "is required; one of " + List.of(type.getEnumConstants())));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(Violation.of(field, value, "must be one of " + List.of(type.getEnumConstants())));
            return null;
        }
    }

    public <T> T notNull(String field, T value) {
        if (value == null) {
            violations.add(Violation.of(field, null, "is required"));
        }
        return value;
    }

    public long range(String field, long value, long min, long max) {
        if (value < min || value > max) {
            violations.add(Violation.of(field, value, "must be between " + min + " and " + max));
        }
        return value;
    }

    public BigDecimal decimal(String field, BigDecimal value, BigDecimal min, BigDecimal max, int maxScale) {
        if (value == null) {
            violations.add(Violation.of(field, null, "is required"));
            return null;
        }
        boolean ok = true;
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            violations.add(Violation.of(field, value.toPlainString(),
                    "must be between " + min.toPlainString() + " and " + max.toPlainString()));
            ok = false;
        }
        if (value.stripTrailingZeros().scale() > maxScale) {
            violations.add(Violation.of(field, value.toPlainString(), "must have at most " + maxScale + " decimals"));
            ok = false;
        }
        return ok ? value : null;
    }

    public Checks size(String field, Collection<?> values, int max) {
        if (values != null && values.size() > max) {
            violations.add(Violation.of(field, values.size() + " entries", "must have at most " + max + " entries"));
        }
        return this;
    }

    /** The answer to a missing command: Invalid, never a NullPointerException. */
    public static <T> Either<Problem, T> missingCommand() {
        return Either.left(Problem.Invalid.of("command", null, "is required"));
    }

    /** What a load found, or NotFound({@code kind}, {@code id}) when it found nothing. */
    public static <T> Either<Problem, T> found(Either<Problem, Option<T>> loaded, String kind, Object id) {
        return loaded.flatMap(o -> o.toEither(() -> new Problem.NotFound(kind, String.valueOf(id))));
    }

    public boolean ok() {
        return violations.isEmpty();
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    /** Right(constructed) when nothing was refused, else Left(Invalid with every violation). */
    public <T> Either<Problem, T> build(Supplier<T> constructor) {
        if (!violations.isEmpty()) {
            return Either.left(new Problem.Invalid(violations));
        }
        return Either.right(constructor.get());
    }

    public <T> Validation<Seq<Violation>, T> validation(Supplier<T> constructor) {
        if (!violations.isEmpty()) {
            return Validation.invalid(io.vavr.collection.List.ofAll(violations));
        }
        return Validation.valid(constructor.get());
    }
}
