package dev.portside.bootstrap.circles.migration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.portside.adapters.sql.circles.CirclesDb;
import dev.portside.adapters.sql.circles.PostgresBusinessRepository;
import dev.portside.adapters.sql.circles.PostgresCircleRepository;
import dev.portside.adapters.sql.circles.PostgresMemberRepository;
import dev.portside.adapters.sql.circles.PostgresResourceRepository;
import dev.portside.adapters.sql.circles.PostgresStoryRepository;
import dev.portside.adapters.sql.support.FlywayProvisioner;
import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.application.circles.Ports;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.IdGenerator;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The migration into PostgreSQL (embedded, a fresh migrated database per test); its fault is a trigger that makes
 * the server fail every story insert inside its transaction.
 */
@ExtendWith(PostgresBackend.class)
class PostgresSqliteImportTest extends SqliteImportContract {

    private HikariDataSource pool;
    private Jdbi jdbi;

    @Override
    Ports target() {
        HikariConfig config = new HikariConfig();
        config.setDataSource(PostgresBackend.shared().newDatabase());
        config.setMaximumPoolSize(4);
        pool = new HikariDataSource(config);
        jdbi = Jdbi.create(pool);
        new FlywayProvisioner(jdbi, "circles").provision().getOrElseThrow(p -> new IllegalStateException(p.message()));
        CirclesDb db = new CirclesDb(jdbi, CursorCodec.fromSecret("postgres migration test"));
        return new Ports(new PostgresMemberRepository(db), new PostgresCircleRepository(db),
                new PostgresStoryRepository(db), new PostgresBusinessRepository(db), new PostgresResourceRepository(db),
                Clock.systemUTC(), IdGenerator.random());
    }

    @Override
    void breakStoryWrites(Ports ports) {
        jdbi.useHandle(h -> {
            h.execute("create function refuse_story() returns trigger language plpgsql as "
                    + "$$ begin raise exception 'story writes are broken'; end $$");
            h.execute("create trigger refuse_story before insert on circles_stories for each row "
                    + "execute function refuse_story()");
        });
    }

    @Override
    void heal(Ports ports) {
        jdbi.useHandle(h -> h.execute("drop trigger refuse_story on circles_stories"));
    }

    @AfterEach
    void close() {
        if (pool != null) {
            pool.close();
        }
    }
}
