package dev.portside.adapters.inmemory.realtime;

import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.realtime.SubscriptionStore;
import dev.portside.testkit.realtime.SubscriptionStoreContract;
import java.time.Clock;

class InMemorySubscriptionStoreTest extends SubscriptionStoreContract {

    @Override
    protected SubscriptionStore subscriptions(Clock clock, CursorCodec cursors) {
        return new InMemorySubscriptionStore(clock, cursors);
    }
}
