package dev.portside.adapters.inmemory.circles;

import dev.portside.application.circles.Ports;
import dev.portside.testkit.circles.MembershipLifecycleChain;
import java.time.Clock;

class InMemoryMembershipLifecycleTest extends MembershipLifecycleChain {

    private final Ports ports = InMemoryCircles.ports(Clock.systemUTC());

    @Override
    protected Ports ports() {
        return ports;
    }
}
