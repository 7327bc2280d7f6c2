package dev.portside.adapters.inmemory.realtime;

import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.realtime.RequestQueue;
import dev.portside.testkit.realtime.AsyncRequestLifecycleChain;
import java.time.Clock;

class InMemoryAsyncRequestLifecycleTest extends AsyncRequestLifecycleChain {

    @Override
    protected RequestQueue queue(Clock clock, CursorCodec cursors) {
        return new InMemoryRequestQueue(clock, cursors);
    }
}
