package dev.portside.adapters.dynamodb.progress;

import dev.portside.adapters.dynamodb.content.DynamoStores;
import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.domain.content.ContentRepository;
import dev.portside.domain.progress.ProgressLedger;
import dev.portside.testkit.isolation.ProgressIsolationContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class DynamoProgressIsolationTest extends ProgressIsolationContract {

    @RegisterExtension
    static final DynamoDbBackend BACKEND = DynamoDbBackend.shared();

    @Override
    protected ContentRepository contentRepository() {
        return DynamoStores.get().content;
    }

    @Override
    protected ProgressLedger ledger() {
        return DynamoStores.get().progress;
    }
}
