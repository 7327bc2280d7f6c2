package dev.portside.adapters.inmemory.circles;

import dev.portside.application.circles.Ports;
import dev.portside.testkit.isolation.CommunityIsolationContract;
import java.time.Clock;

class InMemoryCommunityIsolationTest extends CommunityIsolationContract {

    private final Ports ports = InMemoryCircles.ports(Clock.systemUTC());

    @Override
    protected Ports ports() {
        return ports;
    }
}
