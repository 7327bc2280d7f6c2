package dev.portside.adapters.dynamodb.progress;

import dev.portside.adapters.dynamodb.content.DynamoStores;
import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.domain.progress.ProgressLedger;
import dev.portside.testkit.progress.ProgressLedgerContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class DynamoProgressLedgerTest extends ProgressLedgerContract {

    @RegisterExtension
    static final DynamoDbBackend BACKEND = DynamoDbBackend.shared();

    @Override
    protected ProgressLedger ledger() {
        return DynamoStores.get().progress;
    }
}
