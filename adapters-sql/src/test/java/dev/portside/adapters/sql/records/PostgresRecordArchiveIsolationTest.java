package dev.portside.adapters.sql.records;

import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.records.RecordArchive;
import dev.portside.testkit.isolation.RecordArchiveIsolationContract;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Archive isolation on PostgreSQL, on the archive of {@link PostgresRecordArchiveTest}. */
@AddLifecycleHook(value = PostgresAvailable.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class PostgresRecordArchiveIsolationTest extends RecordArchiveIsolationContract {

    @RegisterExtension
    static final PostgresBackend backend = PostgresBackend.shared();

    @Override
    protected RecordArchive archive() {
        return PostgresRecordArchiveTest.shared();
    }
}
