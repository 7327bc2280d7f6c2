package dev.portside.adapters.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** {@link Instants#parse} reads exactly what {@link Instant#parse} reads, and refuses what it refuses. */
class InstantsProperties {

    /** Every instant {@link Instant#toString} writes, the years beyond 9999 and before 0 (signed) included. */
    @Property(tries = 3000)
    void readsBackEveryWrittenInstant(@ForAll @LongRange(min = -400_000_000_000L, max = 400_000_000_000L) long seconds,
                                      @ForAll @IntRange(min = 0, max = 999_999_999) int nanos,
                                      @ForAll @IntRange(min = 0, max = 3) int truncation) {
        int unit = new int[] {1, 1_000, 1_000_000, 1_000_000_000}[truncation];
        Instant written = Instant.ofEpochSecond(seconds, nanos / unit * unit);
        assertThat(Instants.parse(written.toString())).isEqualTo(written).isEqualTo(Instant.parse(written.toString()));
    }

    /** Text of the shape read directly, with any digits (impossible dates and times included), any fraction length. */
    @Property(tries = 5000)
    void agreesWithTheGeneralParserOnEveryTextOfItsShape(@ForAll("shaped") String text) {
        assertThat(outcome(Instants::parse, text)).isEqualTo(outcome(Instant::parse, text));
    }

    @Provide
    Arbitrary<String> shaped() {
        Arbitrary<String> two = Arbitraries.strings().withChars("0123456789").ofLength(2);
        Arbitrary<String> year = Arbitraries.strings().withChars("0123456789").ofLength(4);
        Arbitrary<String> fraction = Arbitraries.strings().withChars("0123456789").ofMinLength(0).ofMaxLength(11)
                .map(digits -> digits.isEmpty() ? "" : "." + digits);
        Arbitrary<String> oddChar = Arbitraries.of("", "", "", "x", "+", "-", " ", "t", "z", "0");
        Arbitrary<String> time = Combinators.combine(two, two, two).as((h, m, s) -> h + ":" + m + ":" + s);
        return Combinators.combine(year, two, two, time, fraction, oddChar, Arbitraries.integers().between(0, 25))
                .as((y, mo, d, hms, f, odd, at) -> {
                    String text = y + "-" + mo + "-" + d + "T" + hms + f + "Z";
                    return odd.isEmpty() || at >= text.length() ? text
                            : text.substring(0, at) + odd + text.substring(at + 1);
                });
    }

    @Test
    void edgesGoToTheGeneralParser() {
        assertThat(Instants.parse("2026-01-01T24:00:00Z")).isEqualTo(Instant.parse("2026-01-01T24:00:00Z"));
        assertThat(Instants.parse("2026-12-31T23:59:60.5Z")).isEqualTo(Instant.parse("2026-12-31T23:59:60.5Z"));
        assertThat(Instants.parse("+12026-01-01T00:00:00Z")).isEqualTo(Instant.parse("+12026-01-01T00:00:00Z"));
        assertThat(Instants.parse("2026-01-01t00:00:00z")).isEqualTo(Instant.parse("2026-01-01t00:00:00z"));
        assertThat(Instants.parse("2026-01-01T00:00:00.1Z")).isEqualTo(Instant.parse("2026-01-01T00:00:00.100Z"));
        assertThatThrownBy(() -> Instants.parse("2026-02-29T00:00:00Z")).isInstanceOf(DateTimeException.class);
        assertThat(outcome(Instants::parse, "2026-01-01T00:00:00.Z"))
                .isEqualTo(outcome(Instant::parse, "2026-01-01T00:00:00.Z"));
        assertThatThrownBy(() -> Instants.parse("")).isInstanceOf(DateTimeException.class);
    }

    /** The instant read, or the kind of exception thrown. */
    private static Object outcome(Function<String, Instant> parser, String text) {
        try {
            return parser.apply(text);
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }
}
