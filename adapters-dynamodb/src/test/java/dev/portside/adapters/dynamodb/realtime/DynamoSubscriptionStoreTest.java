package dev.portside.adapters.dynamodb.realtime;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.realtime.SubscriptionStore;
import dev.portside.testkit.realtime.SubscriptionStoreContract;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

@AddLifecycleHook(SkipWithoutDynamoDb.class)
class DynamoSubscriptionStoreTest extends SubscriptionStoreContract {

    @RegisterExtension
    static final DynamoDbBackend dynamo = DynamoDbBackend.shared();

    @Override
    protected SubscriptionStore subscriptions(Clock clock, CursorCodec cursors) {
        return new DynamoSubscriptionStore(dynamo.client(), RealtimeTestTables.of(dynamo.client()), clock, cursors);
    }
}
