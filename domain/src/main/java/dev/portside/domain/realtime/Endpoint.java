package dev.portside.domain.realtime;

import dev.portside.domain.kernel.Violation;
import io.vavr.control.Validation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Where a connection's messages go: an absolute wss:// or https:// URL with a host, at most 2048 chars. */
public record Endpoint(String url) {

    static final int MAX_LENGTH = 2048;

    public static Validation<Violation, Endpoint> of(String url) {
        if (url == null || url.isBlank()) {
            return Validation.invalid(Violation.of("endpoint", url, "is required (a wss:// or https:// URL)"));
        }
        if (url.length() > MAX_LENGTH) {
            return Validation.invalid(Violation.of("endpoint", url, "must be at most " + MAX_LENGTH + " chars"));
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("wss") && !scheme.equals("https")) {
                return Validation.invalid(Violation.of("endpoint", url, "must use the wss:// or https:// scheme"));
            }
            if (uri.getHost() == null || uri.getRawUserInfo() != null) {
                return Validation.invalid(Violation.of("endpoint", url, "must name a host and carry no user info"));
            }
            return Validation.valid(new Endpoint(url));
        } catch (URISyntaxException e) {
            return Validation.invalid(Violation.of("endpoint", url, "is not a valid URL: " + e.getReason()));
        }
    }

    @Override
    public String toString() {
        return url;
    }
}
