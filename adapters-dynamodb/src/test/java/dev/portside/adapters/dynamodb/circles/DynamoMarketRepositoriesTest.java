package dev.portside.adapters.dynamodb.circles;

import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.domain.circles.BusinessRepository;
import dev.portside.domain.circles.ResourceRepository;
import dev.portside.testkit.circles.MarketRepositoriesContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class DynamoMarketRepositoriesTest extends MarketRepositoriesContract {

    @RegisterExtension
    static final DynamoDbBackend BACKEND = DynamoDbBackend.shared();

    @Override
    protected BusinessRepository businesses() {
        return new DynamoBusinessRepository(DynamoCircles.table(getClass()));
    }

    @Override
    protected ResourceRepository resources() {
        return new DynamoResourceRepository(DynamoCircles.table(getClass()));
    }
}
