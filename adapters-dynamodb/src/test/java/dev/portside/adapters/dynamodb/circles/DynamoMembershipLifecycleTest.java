package dev.portside.adapters.dynamodb.circles;

import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.application.circles.Ports;
import dev.portside.testkit.circles.MembershipLifecycleChain;
import java.time.Clock;
import net.jqwik.api.PropertyDefaults;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Fewer and shorter chains than in memory: each step is some fifteen calls to the test server. */
@PropertyDefaults(tries = 20)
class DynamoMembershipLifecycleTest extends MembershipLifecycleChain {

    @RegisterExtension
    static final DynamoDbBackend BACKEND = DynamoDbBackend.shared();

    @Override
    protected Ports ports() {
        return DynamoCircles.ports(getClass(), Clock.systemUTC());
    }

    @Override
    protected int maxSteps() {
        return 20;
    }
}
