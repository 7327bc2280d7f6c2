package dev.portside.adapters.sql.content;

import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.content.ContentRepository;
import dev.portside.testkit.isolation.ContentIsolationContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresContentIsolationTest extends ContentIsolationContract {

    @RegisterExtension
    static final PostgresBackend BACKEND = PostgresBackend.shared();

    @Override
    protected ContentRepository repository() {
        return PostgresStores.get().content;
    }
}
