package dev.portside.adapters.dynamodb.content;

import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.domain.content.ContentRepository;
import dev.portside.testkit.isolation.ContentIsolationContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class DynamoContentIsolationTest extends ContentIsolationContract {

    @RegisterExtension
    static final DynamoDbBackend BACKEND = DynamoDbBackend.shared();

    @Override
    protected ContentRepository repository() {
        return DynamoStores.get().content;
    }
}
