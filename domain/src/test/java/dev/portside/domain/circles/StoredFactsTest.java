package dev.portside.domain.circles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.Violation;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class StoredFactsTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Property(tries = 300)
    void every_accepted_spelling_of_a_stored_time_reads_as_the_same_instant(
            @ForAll @LongRange(min = 0, max = 1_767_225_599_999L) long millis) {
        Instant t = Instant.ofEpochMilli(millis);
        String sql = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC).format(t);
        String offset = t.atOffset(ZoneOffset.ofHours(-5)).toString();
        Checks checks = Checks.start();
        assertThat(StoredFacts.time(checks, "t", Long.toString(millis), NOW)).isEqualTo(t);
        assertThat(StoredFacts.time(checks, "t", sql, NOW)).isEqualTo(t);
        assertThat(StoredFacts.time(checks, "t", t.toString(), NOW)).isEqualTo(t);
        assertThat(StoredFacts.time(checks, "t", offset, NOW)).isEqualTo(t);
        assertThat(StoredFacts.time(checks, "t", sql.substring(0, 16), NOW)).isEqualTo(t.truncatedTo(ChronoUnit.MINUTES));
        assertThat(checks.violations()).isEmpty();
    }

    @Example
    void unreadable_future_and_reversed_times_and_negative_counters_are_all_refused_at_once() {
        Checks checks = Checks.start();
        StoredFacts.Times times = StoredFacts.times(checks, "2021-01-01 00:00:00", "2020-01-01 00:00:00", NOW);
        StoredFacts.time(checks, "lastActive", "yesterday", NOW);
        StoredFacts.time(checks, "joinedAt", "2030-01-01T00:00:00Z", NOW);
        StoredFacts.count(checks, "helpfulVotes", -1);
        assertThat(checks.violations()).extracting(Violation::field)
                .containsExactly("updatedAt", "lastActive", "joinedAt", "helpfulVotes");
        assertThat(times.createdAt()).isEqualTo(Instant.parse("2021-01-01T00:00:00Z"));
    }

    @Example
    void a_blank_creation_is_the_import_time_and_a_blank_update_is_the_creation() {
        Checks checks = Checks.start();
        assertThat(StoredFacts.times(checks, null, " ", NOW)).isEqualTo(new StoredFacts.Times(NOW, NOW));
        assertThat(StoredFacts.times(checks, "2020-05-01 00:00:00", null, NOW).updatedAt())
                .isEqualTo(Instant.parse("2020-05-01T00:00:00Z"));
        assertThat(checks.violations()).isEmpty();
    }

    @Example
    void an_imported_circle_counts_its_posts_as_of_its_last_change() {
        CircleStats stats = CircleStats.imported(2, 3, 8, Instant.parse("2021-04-30T12:00:00Z"));
        assertThat(stats.memberCount()).isEqualTo(2);
        assertThat(stats.engagementRate()).isEqualByComparingTo("4");
        assertThat(stats.month().toString()).isEqualTo("2021-04");
        assertThat(stats.week().toString()).isEqualTo("2021-04-26");
    }
}
