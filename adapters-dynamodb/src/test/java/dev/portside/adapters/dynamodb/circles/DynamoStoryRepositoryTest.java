package dev.portside.adapters.dynamodb.circles;

import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.domain.circles.StoryRepository;
import dev.portside.testkit.circles.StoryRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class DynamoStoryRepositoryTest extends StoryRepositoryContract {

    @RegisterExtension
    static final DynamoDbBackend BACKEND = DynamoDbBackend.shared();

    @Override
    protected StoryRepository repository() {
        return new DynamoStoryRepository(DynamoCircles.table(getClass()));
    }
}
