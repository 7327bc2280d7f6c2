package dev.portside.adapters.dynamodb.circles;

import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.application.circles.Ports;
import dev.portside.testkit.isolation.CircleDirectoryIsolationContract;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

class DynamoCircleDirectoryIsolationTest extends CircleDirectoryIsolationContract {

    @RegisterExtension
    static final DynamoDbBackend BACKEND = DynamoDbBackend.shared();

    @Override
    protected Ports ports() {
        return DynamoCircles.ports(getClass(), Clock.systemUTC());
    }
}
