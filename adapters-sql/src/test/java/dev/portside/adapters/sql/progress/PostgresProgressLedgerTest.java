package dev.portside.adapters.sql.progress;

import dev.portside.adapters.sql.content.PostgresStores;
import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.progress.ProgressLedger;
import dev.portside.testkit.progress.ProgressLedgerContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresProgressLedgerTest extends ProgressLedgerContract {

    @RegisterExtension
    static final PostgresBackend BACKEND = PostgresBackend.shared();

    @Override
    protected ProgressLedger ledger() {
        return PostgresStores.get().progress;
    }
}
