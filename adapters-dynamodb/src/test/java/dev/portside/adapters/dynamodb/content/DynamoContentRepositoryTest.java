package dev.portside.adapters.dynamodb.content;

import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.domain.content.ContentRepository;
import dev.portside.testkit.content.ContentRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class DynamoContentRepositoryTest extends ContentRepositoryContract {

    @RegisterExtension
    static final DynamoDbBackend BACKEND = DynamoDbBackend.shared();

    @Override
    protected ContentRepository repository() {
        return DynamoStores.get().content;
    }
}
