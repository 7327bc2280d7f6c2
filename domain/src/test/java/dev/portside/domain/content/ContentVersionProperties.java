package dev.portside.domain.content;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ContentVersionProperties {

    /** The grammar {@link ContentVersion#parse} reads by hand, as the regular expression it replaced. */
    private static final java.util.regex.Pattern GRAMMAR =
            java.util.regex.Pattern.compile("(\\d{1,9})\\.(\\d{1,9})(?:\\.(\\d{1,9}))?");

    @Property(tries = 3000)
    void parse_accepts_exactly_the_grammar_and_reads_its_parts(@ForAll("versionLike") String text) {
        java.util.regex.Matcher m = GRAMMAR.matcher(text.strip());
        if (!m.matches()) {
            assertThat(ContentVersion.parse(text).isEmpty()).as(text).isTrue();
            return;
        }
        boolean withPatch = m.group(3) != null;
        assertThat(ContentVersion.parse(text).get()).as(text).isEqualTo(new ContentVersion(
                Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                withPatch ? Integer.parseInt(m.group(3)) : 0, withPatch));
    }

    @Provide
    Arbitrary<String> versionLike() {
        Arbitrary<String> part = Arbitraries.strings().withChars("0123456789").ofMinLength(0).ofMaxLength(11);
        Arbitrary<String> noise = Arbitraries.strings().withChars("0123456789. \t\u00a0\u2003-+x\u0663")
                .ofMaxLength(14);
        Arbitrary<String> shaped = Arbitraries.oneOf(
                Combinators.combine(part, part).as((a, b) -> a + "." + b),
                Combinators.combine(part, part, part).as((a, b, c) -> a + "." + b + "." + c),
                Combinators.combine(part, part, part, part).as((a, b, c, d) -> a + "." + b + "." + c + "." + d));
        Arbitrary<String> padding = Arbitraries.of("", " ", "\t", " \u2003", "\n");
        return Arbitraries.oneOf(noise, Combinators.combine(padding, shaped, padding).as((l, v, r) -> l + v + r));
    }

    @Property
    void padded_writes_what_string_format_writes(@ForAll long value, @ForAll @IntRange(min = 1, max = 20) int width) {
        assertThat(ContentVersion.padded(value, width)).isEqualTo(String.format("%0" + width + "d", value));
    }


    @Example
    void the_seed_examples_increment_the_patch() {
        assertThat(ContentVersion.incrementStored("1.0").get()).hasToString("1.0.1");
        assertThat(ContentVersion.incrementStored("1.0.0").get()).hasToString("1.0.1");
        assertThat(ContentVersion.incrementStored("2.1.5").get()).hasToString("2.1.6");
        assertThat(ContentVersion.incrementStored("banana").get()).hasToString("1.0.1");
        assertThat(ContentVersion.incrementStored(null).get()).hasToString("1.0.1");
    }

    @Example
    void explicit_bumps_reset_the_lower_parts() {
        ContentVersion v = ContentVersion.of("1.0.7").get();
        assertThat(v.bump(VersionBump.MINOR).get()).hasToString("1.1.0");
        assertThat(v.bump(VersionBump.MAJOR).get()).hasToString("2.0.0");
    }

    @Example
    void a_legacy_stored_text_reads_back_as_itself_and_bumps_from_1_0_0() {
        ContentVersion legacy = ContentVersion.stored("v2-final");
        assertThat(legacy.legacy()).isTrue();
        assertThat(legacy).hasToString("v2-final");
        assertThat(legacy.bump(VersionBump.PATCH).get()).hasToString("1.0.1");
        assertThat(legacy.bump(VersionBump.MINOR).get()).hasToString("1.1.0");
        assertThat(legacy.bump(VersionBump.MAJOR).get()).hasToString("2.0.0");
        assertThat(legacy).isLessThan(ContentVersion.of("0.0").get());
        assertThat(ContentVersion.stored("2.1.5")).isEqualTo(ContentVersion.of("2.1.5").get());
    }

    @Example
    void the_largest_version_cannot_be_bumped_and_a_full_part_carries_over() {
        ContentVersion largest = ContentVersion.of("999999999.999999999.999999999").get();
        for (VersionBump bump : VersionBump.values()) {
            assertThat(largest.bump(bump)).isEmpty();
        }
        assertThat(ContentVersion.of("1.0.999999999").get().bump(VersionBump.PATCH).get()).hasToString("1.1.0");
        assertThat(ContentVersion.of("1.999999999.999999999").get().bump(VersionBump.PATCH).get()).hasToString("2.0.0");
        assertThat(ContentVersion.of("999999999.5.0").get().bump(VersionBump.MAJOR)).isEmpty();
    }

    @Example
    void versions_compare_semantically_not_as_text() {
        assertThat(ContentVersion.of("1.10.0").get()).isGreaterThan(ContentVersion.of("1.9.0").get());
        assertThat(ContentVersion.of("1.0").get().sameAs(ContentVersion.of("1.0.0").get())).isTrue();
    }

    @Property
    void a_two_part_version_increments_to_its_first_patch(@ForAll @IntRange(max = 99_999) int major,
                                                          @ForAll @IntRange(max = 99_999) int minor) {
        assertThat(ContentVersion.incrementStored(major + "." + minor).get()).hasToString(major + "." + minor + ".1");
    }

    @Property
    void a_three_part_version_increments_only_its_patch(@ForAll @IntRange(max = 99_999) int major,
                                                        @ForAll @IntRange(max = 99_999) int minor,
                                                        @ForAll @IntRange(max = 99_999) int patch) {
        assertThat(ContentVersion.incrementStored(major + "." + minor + "." + patch).get())
                .hasToString(major + "." + minor + "." + (patch + 1));
    }

    @Property
    void every_unparseable_text_increments_to_1_0_1(@ForAll("unparseable") String text) {
        assertThat(ContentVersion.parse(text).isEmpty()).isTrue();
        assertThat(ContentVersion.incrementStored(text).get()).hasToString("1.0.1");
        assertThat(ContentVersion.stored(text)).hasToString(String.valueOf(text));
        assertThat(ContentVersion.of(text).isInvalid()).isTrue();
    }

    @Property
    void every_bump_yields_a_strictly_greater_version_or_none_at_the_top(@ForAll("up to the largest") ContentVersion v,
                                                                         @ForAll VersionBump bump) {
        v.bump(bump).fold(() -> {
            assertThat(v.major()).isEqualTo(999_999_999);
            return null;
        }, next -> assertThat(next).isGreaterThan(v));
    }

    @Property
    void a_minor_bump_outranks_any_number_of_patch_bumps(@ForAll("versions") ContentVersion v,
                                                         @ForAll @IntRange(min = 1, max = 50) int patches) {
        ContentVersion patched = v;
        for (int i = 0; i < patches; i++) {
            patched = patched.nextPatch().get();
        }
        assertThat(v.nextMinor().get()).isGreaterThan(patched);
        assertThat(v.nextMajor().get()).isGreaterThan(v.nextMinor().get());
    }

    @Property
    void comparison_agrees_with_the_sort_key_and_the_printed_text(@ForAll("versions") ContentVersion a,
                                                                  @ForAll("versions") ContentVersion b) {
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(a.sortKey().compareTo(b.sortKey())));
        assertThat(ContentVersion.of(a.toString()).get().sameAs(a)).isTrue();
    }

    @Provide
    Arbitrary<ContentVersion> versions() {
        Arbitrary<Integer> part = Arbitraries.integers().between(0, 1_000_000);
        return net.jqwik.api.Combinators.combine(part, part, part, Arbitraries.of(true, false))
                .as((a, b, c, shown) -> new ContentVersion(a, b, shown ? c : 0, shown));
    }

    @Provide("up to the largest")
    Arbitrary<ContentVersion> upToTheLargest() {
        Arbitrary<Integer> part = Arbitraries.oneOf(Arbitraries.integers().between(0, 1_000_000),
                Arbitraries.integers().between(999_999_990, 999_999_999));
        return net.jqwik.api.Combinators.combine(part, part, part, Arbitraries.of(true, false))
                .as((a, b, c, shown) -> new ContentVersion(a, b, shown ? c : 0, shown));
    }

    @Provide
    Arbitrary<String> unparseable() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).filter(s -> !s.strip().matches("\\d{1,9}\\.\\d{1,9}(\\.\\d{1,9})?")),
                Arbitraries.of("1", "1.", ".1", "1.0.0.0", "v1.0", "1.a", "-1.0", "1.0-beta", "1234567890.0", ""));
    }
}
