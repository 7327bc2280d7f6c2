package dev.portside.adapters.inmemory.circles;

import dev.portside.application.circles.Ports;
import dev.portside.testkit.circles.CommunityDeletionContract;
import java.time.Clock;

class InMemoryCommunityDeletionTest extends CommunityDeletionContract {

    private final Ports ports = InMemoryCircles.ports(Clock.systemUTC());

    @Override
    protected Ports ports() {
        return ports;
    }
}
