package dev.portside.adapters.dynamodb.content;

import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.domain.content.ContentRepository;
import dev.portside.testkit.content.ContentLifecycleChain;
import net.jqwik.api.PropertyDefaults;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Fewer and shorter chains than in memory: each step is a round of real backend calls. */
@PropertyDefaults(tries = 25)
class DynamoContentLifecycleTest extends ContentLifecycleChain {

    @RegisterExtension
    static final DynamoDbBackend BACKEND = DynamoDbBackend.shared();

    @Override
    protected ContentRepository repository() {
        return DynamoStores.get().content;
    }
}
