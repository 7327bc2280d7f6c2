package dev.portside.adapters.sql.records;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.sql.testing.ClickHouseBackend;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.records.HotRecordStore;
import dev.portside.testkit.records.HotRecordStoreContract;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The hot store contract on the ClickHouse engine (the chDB front in scripts/, or PORTSIDE_TEST_CLICKHOUSE_URL). */
@AddLifecycleHook(value = ClickHouseAvailable.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class ClickHouseHotRecordStoreTest extends HotRecordStoreContract {

    @RegisterExtension
    static final ClickHouseBackend backend = ClickHouseBackend.shared();

    private static Jdbi jdbi;
    private static HotRecordStore store;

    static synchronized HotRecordStore shared() {
        if (store == null) {
            jdbi = backend.jdbi();
            assertThat(new ClickHouseRecordsProvisioner(jdbi).provision().isRight()).isTrue();
            store = new ClickHouseHotRecordStore(jdbi, CursorCodec.fromSecret("test"));
        }
        return store;
    }

    @Override
    protected HotRecordStore store() {
        return shared();
    }

    @Test
    void theVersionedDdlIsAppliedOnlyOnce() {
        shared();
        assertThat(new ClickHouseRecordsProvisioner(jdbi).provision().get()).contains("(0 applied)");
    }
}
