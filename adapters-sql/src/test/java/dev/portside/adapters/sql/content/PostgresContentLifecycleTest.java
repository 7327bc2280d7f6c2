package dev.portside.adapters.sql.content;

import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.content.ContentRepository;
import dev.portside.testkit.content.ContentLifecycleChain;
import net.jqwik.api.PropertyDefaults;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Fewer chains than in memory: each step is a round of real backend calls. */
@PropertyDefaults(tries = 25)
class PostgresContentLifecycleTest extends ContentLifecycleChain {

    @RegisterExtension
    static final PostgresBackend BACKEND = PostgresBackend.shared();

    @Override
    protected ContentRepository repository() {
        return PostgresStores.get().content;
    }
}
