package dev.portside.adapters.sql.records;

import dev.portside.adapters.sql.support.FlywayProvisioner;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.records.HotRecordStore;
import dev.portside.testkit.records.HotRecordStoreContract;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@AddLifecycleHook(value = PostgresAvailable.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class PostgresHotRecordStoreTest extends HotRecordStoreContract {

    @RegisterExtension
    static final PostgresBackend backend = PostgresBackend.shared();

    private static Jdbi jdbi;
    private static HotRecordStore store;

    static synchronized HotRecordStore shared() {
        if (store == null) {
            jdbi = PostgresBackend.jdbi(backend.newDatabase());
            assertThat(new FlywayProvisioner(jdbi, "records").provision().isRight()).isTrue();
            store = new PostgresHotRecordStore(jdbi, CursorCodec.fromSecret("test"));
        }
        return store;
    }

    @Override
    protected HotRecordStore store() {
        return shared();
    }

    @Test
    void provisioningTwiceChangesNothing() {
        shared();
        assertThat(new FlywayProvisioner(jdbi, "records").provision().get()).contains("0 migrations applied");
    }
}
