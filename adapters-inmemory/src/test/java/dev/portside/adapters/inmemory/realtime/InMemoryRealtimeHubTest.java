package dev.portside.adapters.inmemory.realtime;

import dev.portside.domain.kernel.CursorCodec;
import dev.portside.testkit.realtime.RealtimeHubContract;
import dev.portside.testkit.realtime.RealtimeStores;
import java.time.Clock;

class InMemoryRealtimeHubTest extends RealtimeHubContract {

    @Override
    protected RealtimeStores stores(Clock clock, CursorCodec cursors) {
        return new RealtimeStores(new InMemoryConnectionStore(clock, cursors), new InMemoryRequestQueue(clock, cursors),
                new InMemorySubscriptionStore(clock, cursors));
    }
}
