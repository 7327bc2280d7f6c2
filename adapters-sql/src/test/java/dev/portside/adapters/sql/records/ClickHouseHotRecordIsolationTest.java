package dev.portside.adapters.sql.records;

import dev.portside.adapters.sql.testing.ClickHouseBackend;
import dev.portside.domain.records.HotRecordStore;
import dev.portside.testkit.isolation.HotRecordIsolationContract;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Hot store isolation on the ClickHouse engine, on the store of {@link ClickHouseHotRecordStoreTest}. */
@AddLifecycleHook(value = ClickHouseAvailable.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class ClickHouseHotRecordIsolationTest extends HotRecordIsolationContract {

    @RegisterExtension
    static final ClickHouseBackend backend = ClickHouseBackend.shared();

    @Override
    protected HotRecordStore store() {
        return ClickHouseHotRecordStoreTest.shared();
    }
}
