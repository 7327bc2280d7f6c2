package dev.portside.domain.brands;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class BrandValuesProperties {

    @Property
    void confidenceAcceptsExactlyZeroToOneWithFourDecimals(@ForAll @IntRange(min = -20_000, max = 20_000) int units) {
        BigDecimal value = BigDecimal.valueOf(units, 4);
        assertThat(Confidence.of("confidence", value).isValid()).isEqualTo(units >= 0 && units <= 10_000);
    }

    @Example
    void confidenceAboveOneIsRefused() {
        assertThat(Confidence.of("confidence", new BigDecimal("1.01")).getError().reason()).contains("between 0 and 1");
        assertThat(Confidence.of("confidence", new BigDecimal("0.12345")).getError().reason()).contains("decimals");
    }

    @Property
    void mccCodesAreExactlyFourDigits(@ForAll @IntRange(min = 0, max = 200_000) int code) {
        assertThat(MccCode.of("mcc", String.format("%04d", code)).isValid()).isEqualTo(code <= 9999);
    }

    @Example
    void fiveDigitMccIsRefused() {
        assertThat(MccCode.of("mccIds[0]", "12345").isInvalid()).isTrue();
    }

    @Property
    void brandIdsArePositive(@ForAll @LongRange(min = -1000, max = 1000) long value) {
        assertThat(BrandId.of(value).isValid()).isEqualTo(value > 0);
    }

    @Property
    void issuedIdsParseBackAndKeepTheirDay(@ForAll @IntRange(min = 0, max = 20_000) int dayOffset,
                                           @ForAll String token) {
        var day = java.time.LocalDate.of(2000, 1, 1).plusDays(dayOffset);
        FeedbackId id = FeedbackId.issue(day, token.isEmpty() ? "x" : token);
        assertThat(FeedbackId.of(id.value()).get()).isEqualTo(id);
        assertThat(id.day()).isEqualTo(day);
    }

    @Example
    void anIdNotIssuedByTheRegistryIsRefused() {
        assertThat(EscalationId.of("../etc/passwd").isInvalid()).isTrue();
        assertThat(ExecutionId.of("2026-13-45_abc").isInvalid()).isTrue();
    }
}
