package dev.portside.adapters.dynamodb.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The mapper's own instant reader agrees with {@link Instant#parse} on every instant the mapper writes. */
class ContentInstantProperties {

    @Property(tries = 2000)
    void readsBackEveryWrittenInstant(@ForAll @LongRange(min = -62_135_596_800_000L, max = 253_402_300_799_999L)
                                      long epochMillis) {
        String written = ContentItemMapper.INSTANT.format(Instant.ofEpochMilli(epochMillis));
        assertThat(ContentItemMapper.instant(written)).isEqualTo(Instant.parse(written))
                .isEqualTo(Instant.ofEpochMilli(epochMillis).truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void otherTextGoesToTheGeneralParser() {
        assertThat(ContentItemMapper.instant("2026-01-01T00:00:00Z")).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(ContentItemMapper.instant("2026-01-01T00:00:00.123456Z"))
                .isEqualTo(Instant.parse("2026-01-01T00:00:00.123456Z"));
        assertThatThrownBy(() -> ContentItemMapper.instant("2026-02-30T00:00:00.000Z"))
                .isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> ContentItemMapper.instant("2026-+1-01T00:00:00.000Z"))
                .isInstanceOf(DateTimeParseException.class);
        assertThat(ContentItemMapper.instant("2026-01-01T24:00:00.000Z"))
                .isEqualTo(Instant.parse("2026-01-01T24:00:00.000Z"));
        assertThat(ContentItemMapper.instant("2026-12-31T23:59:60.000Z"))
                .isEqualTo(Instant.parse("2026-12-31T23:59:60.000Z"));
    }
}
