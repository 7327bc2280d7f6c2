package dev.portside.adapters.dynamodb.circles;

import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.domain.circles.BusinessRepository;
import dev.portside.domain.circles.ResourceRepository;
import dev.portside.domain.circles.StoryRepository;
import dev.portside.testkit.isolation.CircleDirectoryIsolationContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class DynamoCircleDirectoryIsolationTest extends CircleDirectoryIsolationContract {

    @RegisterExtension
    static final DynamoDbBackend BACKEND = DynamoDbBackend.shared();

    @Override
    protected StoryRepository stories() {
        return new DynamoStoryRepository(DynamoCircles.table(getClass()));
    }

    @Override
    protected BusinessRepository businesses() {
        return new DynamoBusinessRepository(DynamoCircles.table(getClass()));
    }

    @Override
    protected ResourceRepository resources() {
        return new DynamoResourceRepository(DynamoCircles.table(getClass()));
    }
}
