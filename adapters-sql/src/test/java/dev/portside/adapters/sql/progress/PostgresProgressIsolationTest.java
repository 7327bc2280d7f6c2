package dev.portside.adapters.sql.progress;

import dev.portside.adapters.sql.content.PostgresStores;
import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.content.ContentRepository;
import dev.portside.domain.progress.ProgressLedger;
import dev.portside.testkit.isolation.ProgressIsolationContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresProgressIsolationTest extends ProgressIsolationContract {

    @RegisterExtension
    static final PostgresBackend BACKEND = PostgresBackend.shared();

    @Override
    protected ContentRepository contentRepository() {
        return PostgresStores.get().content;
    }

    @Override
    protected ProgressLedger ledger() {
        return PostgresStores.get().progress;
    }
}
