package dev.portside.testkit.backends;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real backend started at most once per JVM, on first use. As a JUnit 5 extension it starts before a
 * test class; from plain code (benchmarks, jqwik properties) any accessor starts it. When it cannot start,
 * tests skip with the remedy, or fail under {@code PORTSIDE_REQUIRE_BACKENDS=true}.
 */
public abstract class SharedBackend implements BeforeAllCallback {

    private final String name;
    private final String remedy;
    private boolean started;
    private Throwable failure;

    protected SharedBackend(String name, String remedy) {
        this.name = name;
        this.remedy = remedy;
    }

    /** Starts the backend or connects to it; throws when it cannot. */
    protected abstract void start() throws Exception;

    protected final synchronized void ensureStarted() {
        if (!started && failure == null) {
            try {
                start();
                started = true;
            } catch (Exception | LinkageError e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw BackendPolicy.unavailable(name, remedy, failure);
        }
    }

    /** Starts the backend now if it is not running; skips or fails the calling test when it cannot. */
    public final void requireStarted() {
        ensureStarted();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        ensureStarted();
    }
}
