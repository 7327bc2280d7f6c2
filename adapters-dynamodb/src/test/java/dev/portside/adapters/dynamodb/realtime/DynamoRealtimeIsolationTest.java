package dev.portside.adapters.dynamodb.realtime;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.testkit.isolation.RealtimeIsolationContract;
import dev.portside.testkit.realtime.RealtimeStores;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

@AddLifecycleHook(SkipWithoutDynamoDb.class)
class DynamoRealtimeIsolationTest extends RealtimeIsolationContract {

    @RegisterExtension
    static final DynamoDbBackend dynamo = DynamoDbBackend.shared();

    @Override
    protected RealtimeStores stores(Clock clock, CursorCodec cursors) {
        RealtimeTables tables = RealtimeTestTables.of(dynamo.client());
        return new RealtimeStores(new DynamoConnectionStore(dynamo.client(), tables, clock, cursors),
                new DynamoRequestQueue(dynamo.client(), tables, clock, cursors),
                new DynamoSubscriptionStore(dynamo.client(), tables, clock, cursors));
    }
}
