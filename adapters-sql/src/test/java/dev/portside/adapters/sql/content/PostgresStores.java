package dev.portside.adapters.sql.content;

import dev.portside.adapters.sql.progress.PostgresProgressLedger;
import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.content.ContentRepository;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.progress.ProgressLedger;
import org.jdbi.v3.core.Jdbi;

/** A fresh database of this test JVM with the content and progress schemas migrated once, behind a pool. */
public final class PostgresStores {

    public static final CursorCodec CODEC = CursorCodec.fromSecret("postgres-test");
    private static PostgresStores instance;

    public final Jdbi jdbi;
    public final ContentRepository content;
    public final ProgressLedger progress;

    private PostgresStores() {
        jdbi = PostgresBackend.shared().pooledDatabase(8, "content", "progress");
        content = new PostgresContentRepository(jdbi, CODEC);
        progress = new PostgresProgressLedger(jdbi, CODEC);
    }

    public static synchronized PostgresStores get() {
        if (instance == null) {
            instance = new PostgresStores();
        }
        return instance;
    }
}
