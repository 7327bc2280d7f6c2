package dev.portside.adapters.sql.records;

import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.records.RecordArchive;
import dev.portside.testkit.records.ArchiveRetentionChain;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fewer and shorter chains than in memory: each step is a round of real backend calls. A fresh, migrated database of
 * its own behind a connection pool, as in production (a connection per call would make the run many times longer).
 */
@AddLifecycleHook(value = PostgresAvailable.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
@PropertyDefaults(tries = 25)
class PostgresArchiveRetentionTest extends ArchiveRetentionChain {

    @RegisterExtension
    static final PostgresBackend backend = PostgresBackend.shared();

    private static RecordArchive archive;

    @Override
    protected RecordArchive archive() {
        synchronized (PostgresArchiveRetentionTest.class) {
            if (archive == null) {
                Jdbi jdbi = backend.pooledDatabase(4, "records_archive");
                archive = new PostgresRecordArchive(jdbi, CursorCodec.fromSecret("test"));
            }
            return archive;
        }
    }

    @Override
    protected int maxSteps() {
        return 15;
    }
}
