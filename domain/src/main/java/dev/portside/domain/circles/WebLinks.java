package dev.portside.domain.circles;

import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.Violation;
import java.net.URI;
import java.net.URISyntaxException;

/** Validation of http(s) links. */
public final class WebLinks {

    private WebLinks() {
    }

    /** An absolute http or https URI of at most 2048 characters, or null after adding a violation. */
    public static URI check(Checks checks, String field, String value) {
        try {
            URI uri = value == null || value.length() > 2048 ? null : new URI(value.strip());
            if (uri != null && uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                return uri;
            }
        } catch (URISyntaxException e) {
            checks.add(Violation.of(field, value, "must be an http(s) URL"));
            return null;
        }
        checks.add(Violation.of(field, value, "must be an http(s) URL"));
        return null;
    }
}
