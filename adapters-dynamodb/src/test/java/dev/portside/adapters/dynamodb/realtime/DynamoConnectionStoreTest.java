package dev.portside.adapters.dynamodb.realtime;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.realtime.ConnectionStore;
import dev.portside.testkit.realtime.ConnectionStoreContract;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

@AddLifecycleHook(SkipWithoutDynamoDb.class)
class DynamoConnectionStoreTest extends ConnectionStoreContract {

    @RegisterExtension
    static final DynamoDbBackend dynamo = DynamoDbBackend.shared();

    @Override
    protected ConnectionStore connections(Clock clock, CursorCodec cursors) {
        return new DynamoConnectionStore(dynamo.client(), RealtimeTestTables.of(dynamo.client()), clock, cursors);
    }
}
