package dev.portside.testkit.backends;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.opentest4j.TestAbortedException;

/**
 * The jqwik counterpart of registering a {@link SharedBackend} as a JUnit extension (jqwik ignores
 * those): a property container annotated {@code @AddLifecycleHook(SomeSubclass.class)} is skipped with the
 * backend's remedy when it cannot start, or fails under {@code PORTSIDE_REQUIRE_BACKENDS=true}.
 */
public abstract class SkipWithoutBackend implements SkipExecutionHook {

    /** The backend the properties need. */
    protected abstract SharedBackend backend();

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        try {
            backend().requireStarted();
            return SkipResult.doNotSkip();
        } catch (TestAbortedException unavailable) {
            return SkipResult.skip(unavailable.getMessage());
        }
    }
}
