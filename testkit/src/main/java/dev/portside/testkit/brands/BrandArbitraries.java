package dev.portside.testkit.brands;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators for brand registry inputs, valid and hostile. */
public final class BrandArbitraries {

    private BrandArbitraries() {
    }

    /** Confidence scores 0..1 with up to four decimals. */
    public static Arbitrary<BigDecimal> confidences() {
        return Arbitraries.integers().between(0, 10_000).map(i -> BigDecimal.valueOf(i, 4));
    }

    /** Out-of-range or over-precise confidence scores. */
    public static Arbitrary<BigDecimal> badConfidences() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(10_001, 1_000_000).map(i -> BigDecimal.valueOf(i, 4)),
                Arbitraries.integers().between(1, 1_000_000).map(i -> BigDecimal.valueOf(-i, 4)),
                Arbitraries.integers().between(1, 99_999).map(i -> BigDecimal.valueOf(i * 10L + 1, 6)));
    }

    /** Four-digit merchant category codes. */
    public static Arbitrary<String> mccCodes() {
        return Arbitraries.integers().between(0, 9999).map(i -> String.format("%04d", i));
    }

    public static Arbitrary<String> badMccCodes() {
        return Arbitraries.oneOf(Arbitraries.integers().between(10_000, 999_999).map(String::valueOf),
                Arbitraries.integers().between(0, 999).map(String::valueOf),
                Arbitraries.strings().alpha().ofLength(4), Arbitraries.just("54 1"));
    }

    /** Patterns that compile and match in linear time. */
    public static Arbitrary<String> safePatterns() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(12);
        return Combinators.combine(word, word, Arbitraries.of("", "(?i)", "^"))
                .as((a, b, prefix) -> prefix + a + "[\\s*-]?" + b + ".*");
    }

    /** Patterns with nested quantifiers that backtrack exponentially on a near-miss input. */
    public static Arbitrary<String> redosPatterns() {
        Arbitrary<String> atom = Arbitraries.of("a", "x", "\\w", "\\d", "[a-z]", "7", "[0-9a-f]");
        return Combinators.combine(atom, Arbitraries.of("(%s+)+$", "(%s*)*$", "(%s+)*$", "(%s|%s)+$",
                "(%s|%s%s)+$", "^(%s+)+b")).as((a, shape) -> shape.replace("%s", a));
    }

    /** Strings that do not compile as Java regular expressions. */
    public static Arbitrary<String> brokenPatterns() {
        return Arbitraries.of("(unclosed", "[a-", "*lead", "a{2,1}", "(?<name>x", "\\", "+", "x)");
    }

    /** Strings crafted to break out of SQL string literals. */
    public static List<String> injectionStrings() {
        return List.of("' OR 1=1 --", "brand'); DROP TABLE x; --", "\\'; SELECT 1; --", "\" OR \"\"=\"");
    }
}
