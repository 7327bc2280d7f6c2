package dev.portside.domain.circles;

import dev.portside.domain.kernel.UserId;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.kernel.Checks;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ValueObjectProperties {

    @Provide
    Arbitrary<String> emails() {
        Arbitrary<String> part = Arbitraries.strings().withCharRange('a', 'z').withChars('.', '_').ofMinLength(1)
                .ofMaxLength(12).filter(s -> Character.isLetter(s.charAt(0)));
        Arbitrary<String> domain = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
        return net.jqwik.api.Combinators.combine(part, domain, Arbitraries.of("com", "org", "health"))
                .as((u, d, t) -> u + "@" + d + "." + t);
    }

    @Property
    void emails_compare_case_insensitively(@ForAll("emails") String email) {
        assertThat(Email.of(email.toUpperCase(Locale.ROOT)).get()).isEqualTo(Email.of(email).get());
        assertThat(Email.of(" " + email + " ").get().value()).isEqualTo(email.toLowerCase(Locale.ROOT));
    }

    @Property
    void text_without_an_at_sign_is_never_an_email(@ForAll String text) {
        assertThat(Email.of(text.replace("@", "")).isInvalid()).isTrue();
    }

    @Property
    void circle_capacity_is_accepted_only_from_2_to_10000(@ForAll @IntRange(min = -5, max = 10_010) int max) {
        Checks checks = Checks.start();
        CircleSettings s = CircleSettings.check(checks, false, max, List.of(), "LIGHT");
        assertThat(s != null).isEqualTo(max >= 2 && max <= 10_000);
    }

    @Property
    void a_bio_over_1000_characters_is_refused(@ForAll @IntRange(min = 0, max = 1500) int length) {
        Checks checks = Checks.start();
        Profile p = Profile.check(checks, "Ana", "x".repeat(length), List.of(), "DIRECT", "ADJUSTING", List.of());
        assertThat(p != null).isEqualTo(length <= 1000);
    }

    @Property
    void a_timezone_must_be_a_zone_id(@ForAll("zones") String zone) {
        Checks checks = Checks.start();
        Settings s = Settings.check(checks, "DARK", "en", zone, false, true, false, false);
        assertThat(s != null).isEqualTo(java.time.ZoneId.getAvailableZoneIds().contains(zone) || zone.equals("UTC"));
    }

    @Provide
    Arbitrary<String> zones() {
        return Arbitraries.oneOf(Arbitraries.of(List.copyOf(java.time.ZoneId.getAvailableZoneIds())),
                Arbitraries.of("Mars/Olympus", "America/Nowhere", "", "Europe/"));
    }

    @Property
    void ids_accept_1_to_64_safe_characters(@ForAll String raw) {
        boolean ok = raw.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
        assertThat(UserId.of(raw).isValid()).isEqualTo(ok);
        assertThat(CircleId.of(raw).isValid()).isEqualTo(ok);
    }
}
