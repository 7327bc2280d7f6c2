package dev.portside.adapters.inmemory.realtime;

import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.realtime.ConnectionStore;
import dev.portside.testkit.realtime.ConnectionStoreContract;
import java.time.Clock;

class InMemoryConnectionStoreTest extends ConnectionStoreContract {

    @Override
    protected ConnectionStore connections(Clock clock, CursorCodec cursors) {
        return new InMemoryConnectionStore(clock, cursors);
    }
}
