package dev.portside.adapters.dynamodb.realtime;

import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.opentest4j.TestAbortedException;

/**
 * jqwik runs no JUnit extensions, so its properties learn here whether the DynamoDB test server is up:
 * skipped with the backend's message when it is not (failed instead under PORTSIDE_REQUIRE_BACKENDS=true,
 * where the backend helper fails rather than aborts).
 */
public final class SkipWithoutDynamoDb implements SkipExecutionHook {

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        try {
            DynamoDbBackend.shared().client();
            return SkipResult.doNotSkip();
        } catch (TestAbortedException unavailable) {
            return SkipResult.skip(unavailable.getMessage());
        }
    }
}
