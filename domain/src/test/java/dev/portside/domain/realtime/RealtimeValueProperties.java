package dev.portside.domain.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class RealtimeValueProperties {

    @Property
    void endpoints_with_a_wss_or_https_scheme_and_a_host_are_accepted(@ForAll("hosts") String host,
                                                                      @ForAll boolean secureSocket) {
        String url = (secureSocket ? "wss://" : "https://") + host + "/ws";
        assertThat(Endpoint.of(url).isValid()).isTrue();
    }

    @Property
    void other_schemes_and_non_urls_are_refused(@ForAll("badUrls") String url) {
        assertThat(Endpoint.of(url).isInvalid()).isTrue();
        assertThat(Endpoint.of(url).getError().field()).isEqualTo("endpoint");
    }

    @Provide
    Arbitrary<String> hosts() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(20).map(h -> h + ".example.com");
    }

    @Provide
    Arbitrary<String> badUrls() {
        return Arbitraries.oneOf(
                hosts().map(h -> "ws://" + h),
                hosts().map(h -> "http://" + h),
                hosts().map(h -> "ftp://" + h),
                hosts(),
                Arbitraries.of("", " ", "wss://", "https:///path", "wss://user:pw@host", "https://exa mple.com"),
                hosts().map(h -> "https://" + h + "/" + "x".repeat(Endpoint.MAX_LENGTH)));
    }

    @Property
    void progress_outside_zero_to_one_hundred_is_refused(@ForAll int percent) {
        assertThat(Progress.of(percent).isValid()).isEqualTo(percent >= 0 && percent <= 100);
    }

    @Property(tries = 20)
    void payloads_over_256_kib_are_refused_even_when_well_formed(@ForAll @IntRange(min = 1, max = 5000) int extra) {
        String filler = "x".repeat(JsonPayload.MAX_BYTES - 8 + extra);
        String json = "{\"a\":\"" + filler + "\"}";
        assertThat(JsonPayload.of(json).isInvalid()).isTrue();
        assertThat(JsonPayload.of(json).getError().reason()).contains("at most 262144 bytes");
        String fits = "{\"a\":\"" + "x".repeat(JsonPayload.MAX_BYTES - 8) + "\"}";
        assertThat(JsonPayload.of(fits).isValid()).isTrue();
    }

    @Property
    void unknown_statuses_are_refused_and_known_ones_read_in_any_case(@ForAll @StringLength(max = 12) String text) {
        boolean known = java.util.Arrays.stream(RequestStatus.values())
                .anyMatch(s -> s.name().equalsIgnoreCase(text.strip()));
        assertThat(RequestStatus.of(text).isValid()).isEqualTo(known);
        assertThat(RequestStatus.of("processing").get()).isEqualTo(RequestStatus.PROCESSING);
    }

    @Property
    void ids_containing_the_key_separator_are_refused(@ForAll("hosts") String base) {
        assertThat(ConnectionId.of(base).isValid()).isTrue();
        assertThat(ConnectionId.of(base + "#x").isInvalid()).isTrue();
        assertThat(RequestId.of("").isInvalid()).isTrue();
    }
}
