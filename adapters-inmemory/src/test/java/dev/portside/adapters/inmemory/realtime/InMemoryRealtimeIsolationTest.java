package dev.portside.adapters.inmemory.realtime;

import dev.portside.domain.kernel.CursorCodec;
import dev.portside.testkit.isolation.RealtimeIsolationContract;
import dev.portside.testkit.realtime.RealtimeStores;
import java.time.Clock;

class InMemoryRealtimeIsolationTest extends RealtimeIsolationContract {

    @Override
    protected RealtimeStores stores(Clock clock, CursorCodec cursors) {
        InMemoryConnectionStore connections = new InMemoryConnectionStore(clock, cursors);
        return new RealtimeStores(connections, new InMemoryRequestQueue(clock, cursors),
                new InMemorySubscriptionStore(connections, clock, cursors));
    }
}
