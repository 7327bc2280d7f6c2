package dev.portside.adapters.inmemory.circles;

import dev.portside.application.circles.Ports;
import dev.portside.testkit.isolation.CircleDirectoryIsolationContract;
import java.time.Clock;

class InMemoryCircleDirectoryIsolationTest extends CircleDirectoryIsolationContract {

    private final Ports ports = InMemoryCircles.ports(Clock.systemUTC());

    @Override
    protected Ports ports() {
        return ports;
    }
}
