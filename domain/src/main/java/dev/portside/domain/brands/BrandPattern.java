package dev.portside.domain.brands;

import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.Violation;
import io.vavr.control.Validation;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The regular expression that recognises a brand in transaction descriptions. It must compile,
 * be at most {@value #MAX_LENGTH} characters, and pass a bounded match test
 * ({@link BacktrackingProbe}) so that no input can make it backtrack catastrophically.
 */
public record BrandPattern(String source) {

    public static final int MAX_LENGTH = 500;

    public static Validation<Violation, BrandPattern> of(String field, String source) {
        if (source == null || source.isEmpty()) {
            return Validation.invalid(Violation.of(field, source, "is required"));
        }
        if (source.length() > MAX_LENGTH) {
            return Validation.invalid(Violation.of(field, source,
                    "must be at most " + MAX_LENGTH + " characters (got " + source.length() + ")"));
        }
        Validation<Violation, String> storable = Checks.storable(field, source);
        if (storable.isInvalid()) {
            return Validation.invalid(storable.getError());
        }
        Pattern compiled;
        try {
            compiled = Pattern.compile(source);
        } catch (PatternSyntaxException e) {
            return Validation.invalid(Violation.of(field, source, "must be a valid regular expression: "
                    + e.getDescription()));
        } catch (RuntimeException | StackOverflowError e) {
            return Validation.invalid(Violation.of(field, source, "must be a valid regular expression"));
        }
        return BacktrackingProbe.survives(compiled)
                ? Validation.valid(new BrandPattern(source))
                : Validation.invalid(Violation.of(field, source,
                        "backtracks catastrophically (a bounded match test ran out of steps)"));
    }

    public Pattern compiled() {
        return Pattern.compile(source);
    }

    @Override
    public String toString() {
        return source;
    }
}
