package dev.portside.adapters.sql.circles;

import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.application.circles.Ports;
import dev.portside.testkit.circles.MembershipLifecycleChain;
import java.time.Clock;
import net.jqwik.api.PropertyDefaults;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Fewer and shorter chains than in memory: each step is a round of real backend calls. */
@PropertyDefaults(tries = 25)
class PostgresMembershipLifecycleTest extends MembershipLifecycleChain {

    @RegisterExtension
    static final PostgresBackend BACKEND = PostgresBackend.shared();

    @Override
    protected Ports ports() {
        return PostgresCircles.ports(getClass(), Clock.systemUTC());
    }

    @Override
    protected int maxSteps() {
        return 25;
    }
}
