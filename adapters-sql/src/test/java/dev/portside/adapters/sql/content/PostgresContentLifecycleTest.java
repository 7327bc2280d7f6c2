package dev.portside.adapters.sql.content;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.portside.adapters.sql.support.FlywayProvisioner;
import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.content.ContentRepository;
import dev.portside.testkit.content.ContentLifecycleChain;
import net.jqwik.api.PropertyDefaults;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fewer chains than in memory: each step is a round of real backend calls. A fresh, migrated database of its own
 * behind a connection pool, as in production (a connection per call would make the run many times longer).
 */
@PropertyDefaults(tries = 25)
class PostgresContentLifecycleTest extends ContentLifecycleChain {

    @RegisterExtension
    static final PostgresBackend BACKEND = PostgresBackend.shared();

    private static ContentRepository repository;

    @Override
    protected ContentRepository repository() {
        synchronized (PostgresContentLifecycleTest.class) {
            if (repository == null) {
                HikariConfig pool = new HikariConfig();
                pool.setDataSource(PostgresBackend.shared().newDatabase());
                pool.setMaximumPoolSize(4);
                Jdbi jdbi = Jdbi.create(new HikariDataSource(pool));
                new FlywayProvisioner(jdbi, "content").provision().getOrElseThrow(p -> new IllegalStateException(
                        p.message()));
                repository = new PostgresContentRepository(jdbi, PostgresStores.CODEC);
            }
            return repository;
        }
    }
}
