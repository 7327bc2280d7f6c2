package dev.portside.adapters.dynamodb.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.adapters.common.Instants;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The adapters' own instant reader ({@link Instants}) agrees with {@link Instant#parse} on every instant the content
 * mapper writes ({@link ContentItemMapper#INSTANT}).
 */
class ContentInstantProperties {

    @Property(tries = 2000)
    void readsBackEveryWrittenInstant(@ForAll @LongRange(min = -62_135_596_800_000L, max = 253_402_300_799_999L)
                                      long epochMillis) {
        String written = ContentItemMapper.INSTANT.format(Instant.ofEpochMilli(epochMillis));
        assertThat(Instants.parse(written)).isEqualTo(Instant.parse(written))
                .isEqualTo(Instant.ofEpochMilli(epochMillis).truncatedTo(ChronoUnit.MILLIS));
    }

    @Property(tries = 3000)
    void writesWhatTheFormatterWrites(@ForAll @LongRange(min = -400_000_000_000L, max = 400_000_000_000L) long seconds,
                                      @ForAll @IntRange(min = 0, max = 999_999_999) int nanos) {
        Instant at = Instant.ofEpochSecond(seconds, nanos);
        assertThat(ContentItemMapper.format(at)).isEqualTo(ContentItemMapper.INSTANT.format(at));
    }

    @Test
    void otherTextGoesToTheGeneralParser() {
        assertThat(Instants.parse("2026-01-01T00:00:00Z")).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(Instants.parse("2026-01-01T00:00:00.123456Z"))
                .isEqualTo(Instant.parse("2026-01-01T00:00:00.123456Z"));
        assertThatThrownBy(() -> Instants.parse("2026-02-30T00:00:00.000Z"))
                .isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Instants.parse("2026-+1-01T00:00:00.000Z"))
                .isInstanceOf(DateTimeParseException.class);
        assertThat(Instants.parse("2026-01-01T24:00:00.000Z"))
                .isEqualTo(Instant.parse("2026-01-01T24:00:00.000Z"));
        assertThat(Instants.parse("2026-12-31T23:59:60.000Z"))
                .isEqualTo(Instant.parse("2026-12-31T23:59:60.000Z"));
    }
}
