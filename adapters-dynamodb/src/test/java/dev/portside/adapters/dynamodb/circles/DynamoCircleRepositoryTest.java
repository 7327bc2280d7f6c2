package dev.portside.adapters.dynamodb.circles;

import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.domain.circles.CircleRepository;
import dev.portside.testkit.circles.CircleRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class DynamoCircleRepositoryTest extends CircleRepositoryContract {

    @RegisterExtension
    static final DynamoDbBackend BACKEND = DynamoDbBackend.shared();

    @Override
    protected CircleRepository repository() {
        return new DynamoCircleRepository(DynamoCircles.table(getClass()));
    }
}
