package dev.portside.adapters.sql.records;

import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.records.HotRecordStore;
import dev.portside.testkit.isolation.HotRecordIsolationContract;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Hot store isolation on PostgreSQL, on the store of {@link PostgresHotRecordStoreTest}. */
@AddLifecycleHook(value = PostgresAvailable.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class PostgresHotRecordIsolationTest extends HotRecordIsolationContract {

    @RegisterExtension
    static final PostgresBackend backend = PostgresBackend.shared();

    @Override
    protected HotRecordStore store() {
        return PostgresHotRecordStoreTest.shared();
    }
}
