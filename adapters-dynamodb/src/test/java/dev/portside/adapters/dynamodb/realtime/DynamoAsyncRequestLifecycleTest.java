package dev.portside.adapters.dynamodb.realtime;

import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.realtime.RequestQueue;
import dev.portside.testkit.realtime.AsyncRequestLifecycleChain;
import java.time.Clock;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Fewer and shorter chains than in memory: each step is a round of real backend calls. */
@AddLifecycleHook(SkipWithoutDynamoDb.class)
@PropertyDefaults(tries = 25)
class DynamoAsyncRequestLifecycleTest extends AsyncRequestLifecycleChain {

    @RegisterExtension
    static final DynamoDbBackend dynamo = DynamoDbBackend.shared();

    @Override
    protected RequestQueue queue(Clock clock, CursorCodec cursors) {
        return new DynamoRequestQueue(dynamo.client(), RealtimeTestTables.of(dynamo.client()), clock, cursors);
    }

    @Override
    protected int maxSteps() {
        return 25;
    }
}
