package dev.portside.adapters.dynamodb.realtime;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.testkit.realtime.RealtimeHubContract;
import dev.portside.testkit.realtime.RealtimeStores;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@AddLifecycleHook(SkipWithoutDynamoDb.class)
class DynamoRealtimeHubTest extends RealtimeHubContract {

    @RegisterExtension
    static final DynamoDbBackend dynamo = DynamoDbBackend.shared();

    @Override
    protected RealtimeStores stores(Clock clock, CursorCodec cursors) {
        DynamoDbClient client = dynamo.client();
        RealtimeTables tables = RealtimeTestTables.of(client);
        return new RealtimeStores(new DynamoConnectionStore(client, tables, clock, cursors),
                new DynamoRequestQueue(client, tables, clock, cursors),
                new DynamoSubscriptionStore(client, tables, clock, cursors));
    }
}
