package dev.portside.testkit.backends;

import org.junit.jupiter.api.Assertions;
import org.opentest4j.TestAbortedException;

/**
 * What a test does when its real backend cannot start: skip with a message naming what to install or
 * start, or fail when {@code PORTSIDE_REQUIRE_BACKENDS=true} (CI), so nothing goes green by skipping.
 */
public final class BackendPolicy {

    public static final String REQUIRE = "PORTSIDE_REQUIRE_BACKENDS";

    private BackendPolicy() {
    }

    public static boolean required() {
        return BackendSettings.get(REQUIRE).filter("true"::equalsIgnoreCase).isPresent();
    }

    /** Never returns: aborts (skips) the test, or fails it when backends are required. */
    public static RuntimeException unavailable(String backend, String remedy, Throwable cause) {
        String message = backend + " is not available: " + (cause == null ? "" : cause.getMessage() + ". ") + remedy;
        if (required()) {
            Assertions.fail(message + " (" + REQUIRE + "=true)", cause);
        }
        throw new TestAbortedException(message, cause);
    }
}
