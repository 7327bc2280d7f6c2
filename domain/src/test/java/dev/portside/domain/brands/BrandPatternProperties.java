package dev.portside.domain.brands;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BrandPatternProperties {

    @Property(tries = 30)
    void nestedQuantifierPatternsAreRefusedAsCatastrophicBacktracking(@ForAll("redos") String pattern) {
        var result = BrandPattern.of("regex", pattern);
        assertThat(result.isInvalid()).as(pattern).isTrue();
        assertThat(result.getError().reason()).contains("backtracks catastrophically");
    }

    @Property(tries = 200)
    void linearPatternsAreAccepted(@ForAll("safe") String pattern) {
        assertThat(BrandPattern.of("regex", pattern).isValid()).as(pattern).isTrue();
    }

    @Property(tries = 300)
    void anyStringIsEitherAcceptedOrRefusedWithoutThrowing(@ForAll String pattern) {
        var result = BrandPattern.of("regex", pattern);
        assertThat(result.isValid() || result.getError().field().equals("regex")).isTrue();
    }

    @Example
    void theClassicReDosPatternIsRefused() {
        assertThat(BrandPattern.of("regex", "(a+)+$").isInvalid()).isTrue();
    }

    @Example
    void aPatternThatDoesNotCompileIsRefusedWithTheReason() {
        assertThat(BrandPattern.of("regex", "(unclosed").getError().reason()).contains("valid regular expression");
    }

    @Example
    void aPatternLongerThanFiveHundredCharactersIsRefused() {
        assertThat(BrandPattern.of("regex", "a".repeat(501)).getError().reason()).contains("at most 500");
        assertThat(BrandPattern.of("regex", "a".repeat(500)).isValid()).isTrue();
    }

    @Example
    void realBrandPatternsFromTheSourceSystemAreAccepted() {
        assertThat(BrandPattern.of("regex", "test.*").isValid()).isTrue();
        assertThat(BrandPattern.of("regex", "(?i)^(star ?bucks|sbux)\\b.*").isValid()).isTrue();
        assertThat(BrandPattern.of("regex", "(?i)mc ?donald'?s|mcd\\s+\\d{3,5}").isValid()).isTrue();
    }

    @Provide
    Arbitrary<String> redos() {
        Arbitrary<String> atom = Arbitraries.of("a", "x", "\\w", "\\d", "[a-z]", "7", "[0-9a-f]");
        return Combinators.combine(atom, Arbitraries.of("(%s+)+$", "(%s*)*$", "(%s+)*$", "(%s|%s)+$",
                "(%s|%s%s)+$", "^(%s+)+b")).as((a, shape) -> shape.replace("%s", a));
    }

    @Provide
    Arbitrary<String> safe() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(12);
        return Combinators.combine(word, word, Arbitraries.of("", "(?i)", "^"))
                .as((a, b, prefix) -> prefix + a + "[\\s*-]?" + b + ".*");
    }
}
