package dev.portside.adapters.dynamodb.realtime;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.realtime.RequestQueue;
import dev.portside.testkit.realtime.RequestQueueContract;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

@AddLifecycleHook(SkipWithoutDynamoDb.class)
class DynamoRequestQueueTest extends RequestQueueContract {

    @RegisterExtension
    static final DynamoDbBackend dynamo = DynamoDbBackend.shared();

    @Override
    protected RequestQueue queue(Clock clock, CursorCodec cursors) {
        return new DynamoRequestQueue(dynamo.client(), RealtimeTestTables.of(dynamo.client()), clock, cursors);
    }
}
