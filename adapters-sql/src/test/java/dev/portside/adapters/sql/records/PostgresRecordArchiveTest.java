package dev.portside.adapters.sql.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.sql.support.FlywayProvisioner;
import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.records.RecordArchive;
import dev.portside.testkit.records.RecordArchiveContract;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@AddLifecycleHook(value = PostgresAvailable.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class PostgresRecordArchiveTest extends RecordArchiveContract {

    @RegisterExtension
    static final PostgresBackend backend = PostgresBackend.shared();

    private static Jdbi jdbi;
    private static RecordArchive archive;

    static synchronized RecordArchive shared() {
        if (archive == null) {
            jdbi = PostgresBackend.jdbi(backend.newDatabase());
            assertThat(new FlywayProvisioner(jdbi, "records_archive").provision().isRight()).isTrue();
            archive = new PostgresRecordArchive(jdbi, CursorCodec.fromSecret("test"));
        }
        return archive;
    }

    @Override
    protected RecordArchive archive() {
        return shared();
    }

    @Test
    void provisioningTwiceChangesNothing() {
        shared();
        assertThat(new FlywayProvisioner(jdbi, "records_archive").provision().get()).contains("0 migrations applied");
    }
}
