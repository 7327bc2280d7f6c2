package dev.portside.adapters.sql.circles;

import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.application.circles.Ports;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.IdGenerator;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** One fresh, migrated database per test class on the shared PostgreSQL, behind a connection pool as in production. */
final class PostgresCircles {

    static final CursorCodec CODEC = CursorCodec.fromSecret("postgres circles test key");
    private static final Map<Class<?>, Jdbi> DATABASES = new HashMap<>();

    private PostgresCircles() {
    }

    static CirclesDb db(Class<?> testClass) {
        return new CirclesDb(jdbi(testClass), CODEC);
    }

    static synchronized Jdbi jdbi(Class<?> testClass) {
        return DATABASES.computeIfAbsent(testClass, c -> PostgresBackend.shared().pooledDatabase(20, "circles"));
    }

    static Ports ports(Class<?> testClass, Clock clock) {
        CirclesDb db = db(testClass);
        return new Ports(new PostgresMemberRepository(db), new PostgresCircleRepository(db),
                new PostgresStoryRepository(db), new PostgresBusinessRepository(db), new PostgresResourceRepository(db),
                clock, IdGenerator.random());
    }
}
