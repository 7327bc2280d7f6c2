package dev.portside.domain.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.math.BigDecimal;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class KernelValueProperties {

    @Property
    void aPageRequestAcceptsExactlyOneToAThousand(@ForAll int limit) {
        boolean valid = PageRequest.of(limit, Option.none()).isValid();

        assertThat(valid).isEqualTo(limit >= 1 && limit <= 1000);
    }

    @Property
    void aTenantIdIsAcceptedOnlyInItsDocumentedShape(@ForAll String value) {
        boolean valid = TenantId.of(value).isValid();

        assertThat(valid).isEqualTo(value.matches("[a-z0-9][a-z0-9_-]{0,62}"));
    }

    @Property
    void revisionsOnlyMoveForwardByOne(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE - 1) long value) {
        Revision revision = new Revision(value);

        assertThat(revision.next().value()).isEqualTo(value + 1);
        assertThat(revision.next()).isGreaterThan(revision);
    }

    @Property
    void aRevisionBelowOneIsRefused(@ForAll @LongRange(min = Long.MIN_VALUE, max = 0) long value) {
        assertThat(Revision.of(value).isInvalid()).isTrue();
    }

    @Property
    void aViolationShowsAtMostFortyCharactersAndNoControlCharacters(@ForAll String rejected) {
        Violation violation = Violation.of("field", rejected, "reason");

        assertThat(violation.rejectedValue()).doesNotContainPattern("\\p{Cntrl}");
        assertThat(violation.rejectedValue().length()).isLessThanOrEqualTo(40 * 6 + 20);
    }

    @Property
    void textWithANulOrALoneSurrogateIsRefusedWhereverItSitsAndNeverShown(
            @ForAll @net.jqwik.api.constraints.StringLength(min = 1, max = 200) @net.jqwik.api.constraints.AlphaChars String text,
            @ForAll @IntRange(min = 0, max = 200) int at, @ForAll("unstorable") char bad) {
        String value = text.substring(0, Math.min(at, text.length())) + bad + text.substring(Math.min(at, text.length()));
        Checks checks = Checks.start();

        assertThat(checks.text("bio", value, 0, 1000)).isNull();
        assertThat(checks.optionalText("bio", value, 0, 1000)).isNull();
        assertThat(checks.storableText("bio", value)).isNull();
        assertThat(Checks.storable("bio", value).isInvalid()).isTrue();
        assertThat(checks.violations()).hasSize(3).allSatisfy(v -> {
            assertThat(v.reason()).containsAnyOf("NUL", "surrogate");
            String prefix = value.length() + " chars: ";
            assertThat(v.rejectedValue()).startsWith(prefix).doesNotContainPattern("\\p{Cntrl}")
                    .doesNotContainPattern("\\p{Cs}");
            assertThat(v.rejectedValue().substring(prefix.length()).replaceAll("\\\\u[0-9a-f]{4}", ""))
                    .doesNotContainPattern("[A-Za-z]");
        });
    }

    @Property
    void textOfPairedSurrogatesAndPrintableCharactersIsStorable(@ForAll String text) {
        boolean refused = text.indexOf('\u0000') >= 0 || text.codePoints().anyMatch(c -> c >= 0xD800 && c <= 0xDFFF);

        assertThat(Checks.storable("body", text).isInvalid()).isEqualTo(refused);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Character> unstorable() {
        return net.jqwik.api.Arbitraries.of('\u0000', '\ud800', '\udbff', '\udc00', '\udfff');
    }

    @Example
    void aLengthViolationOfFreeTextShowsItsLengthAndAMaskedExcerptOnly() {
        Checks checks = Checks.start();
        checks.text("bio", "My secret diagnosis " + "x".repeat(2000), 0, 1000);

        assertThat(checks.violations()).singleElement().satisfies(v -> assertThat(v.rejectedValue())
                .isEqualTo("2020 chars: ** ****** ******…").doesNotContain("secret"));
    }

    @Property
    void checksReportEveryViolationAtOnce(@ForAll @IntRange(min = 0, max = 20) int bad, @ForAll @IntRange(min = 0, max = 20) int good) {
        Checks checks = Checks.start();
        for (int i = 0; i < bad; i++) {
            checks.text("bad" + i, "", 1, 10);
        }
        for (int i = 0; i < good; i++) {
            checks.text("good" + i, "fine", 1, 10);
        }

        var result = checks.build(() -> "built");

        if (bad == 0) {
            assertThat(result.get()).isEqualTo("built");
        } else {
            assertThat(((Problem.Invalid) result.getLeft()).violations()).hasSize(bad);
        }
    }

    @Property
    void decimalsOutsideRangeOrScaleAreRefused(@ForAll @IntRange(min = -20000, max = 20000) int hundredths, @ForAll boolean extraDigit) {
        BigDecimal value = BigDecimal.valueOf(hundredths, 2).add(extraDigit ? new BigDecimal("0.001") : BigDecimal.ZERO);
        Checks checks = Checks.start();

        checks.decimal("score", value, BigDecimal.ZERO, BigDecimal.valueOf(100), 2);

        boolean expected = value.compareTo(BigDecimal.ZERO) >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0 && !extraDigit;
        assertThat(checks.ok()).isEqualTo(expected);
    }

    @Example
    void retryGivesUpAfterTheGivenAttemptsOnConflict() {
        int[] calls = {0};
        var result = Retry.<String>onConflict(3, () -> {
            calls[0]++;
            return io.vavr.control.Either.left(new Problem.Conflict("thing", "1", Revision.INITIAL, Revision.INITIAL.next()));
        });

        assertThat(calls[0]).isEqualTo(3);
        assertThat(result.getLeft()).isInstanceOf(Problem.Conflict.class);
    }

    @Example
    void retryNeverRepeatsARefusalThatIsNotAConflict() {
        int[] calls = {0};
        Retry.<String>onConflict(5, () -> {
            calls[0]++;
            return io.vavr.control.Either.left(Problem.Invalid.of("f", "v", "bad"));
        });

        assertThat(calls[0]).isEqualTo(1);
    }

    @Example
    void sequentialIdsAreDistinctAndPredictable() {
        IdGenerator ids = IdGenerator.sequential("rec");

        assertThat(ids.newId()).isEqualTo("rec-1");
        assertThat(ids.newId()).isEqualTo("rec-2");
    }
}
