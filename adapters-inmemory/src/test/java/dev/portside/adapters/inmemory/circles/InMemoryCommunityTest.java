package dev.portside.adapters.inmemory.circles;

import dev.portside.application.circles.Ports;
import dev.portside.testkit.circles.CommunityContract;
import java.time.Clock;

class InMemoryCommunityTest extends CommunityContract {

    private final Ports ports = InMemoryCircles.ports(Clock.systemUTC());

    @Override
    protected Ports ports() {
        return ports;
    }
}
