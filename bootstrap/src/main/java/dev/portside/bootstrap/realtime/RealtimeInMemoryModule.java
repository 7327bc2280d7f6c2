package dev.portside.bootstrap.realtime;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.portside.adapters.inmemory.realtime.InMemoryConnectionStore;
import dev.portside.adapters.inmemory.realtime.InMemoryRequestQueue;
import dev.portside.adapters.inmemory.realtime.InMemorySubscriptionStore;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.realtime.ConnectionStore;
import dev.portside.domain.realtime.RequestQueue;
import dev.portside.domain.realtime.SubscriptionStore;
import java.time.Clock;

/** Binds the realtime ports to the in-memory adapters (nothing to provision). */
final class RealtimeInMemoryModule extends AbstractModule {

    @Provides
    @Singleton
    InMemoryConnectionStore inMemoryConnections(Clock clock, CursorCodec cursors) {
        return new InMemoryConnectionStore(clock, cursors);
    }

    @Provides
    @Singleton
    ConnectionStore connections(InMemoryConnectionStore connections) {
        return connections;
    }

    @Provides
    @Singleton
    RequestQueue queue(Clock clock, CursorCodec cursors) {
        return new InMemoryRequestQueue(clock, cursors);
    }

    @Provides
    @Singleton
    SubscriptionStore subscriptions(InMemoryConnectionStore connections, Clock clock, CursorCodec cursors) {
        return new InMemorySubscriptionStore(connections, clock, cursors);
    }
}
