package dev.portside.benchmarks.circles;

import dev.portside.adapters.dynamodb.circles.CirclesTable;
import dev.portside.adapters.dynamodb.circles.DynamoBusinessRepository;
import dev.portside.adapters.dynamodb.circles.DynamoCircleRepository;
import dev.portside.adapters.dynamodb.circles.DynamoCirclesProvisioner;
import dev.portside.adapters.dynamodb.circles.DynamoMemberRepository;
import dev.portside.adapters.dynamodb.circles.DynamoResourceRepository;
import dev.portside.adapters.dynamodb.circles.DynamoStoryRepository;
import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.adapters.sql.circles.CirclesDb;
import dev.portside.adapters.sql.circles.PostgresBusinessRepository;
import dev.portside.adapters.sql.circles.PostgresCircleRepository;
import dev.portside.adapters.sql.support.FlywayProvisioner;
import dev.portside.adapters.sql.circles.PostgresMemberRepository;
import dev.portside.adapters.sql.circles.PostgresResourceRepository;
import dev.portside.adapters.sql.circles.PostgresStoryRepository;
import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.application.circles.Ports;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.IdGenerator;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A provisioned community table on the DynamoDB test server (and a PostgreSQL database), for the circles benchmarks. */
final class CirclesBench {

    final DynamoDbClient client;
    final CirclesTable table;
    final Ports ports;

    CirclesBench() {
        client = DynamoDbBackend.shared().client();
        table = new CirclesTable(client, DynamoDbBackend.uniquePrefix() + "circles-bench",
                CursorCodec.fromSecret("benchmark"));
        new DynamoCirclesProvisioner(table).provision().getOrElseThrow(p -> new IllegalStateException(p.message()));
        ports = new Ports(new DynamoMemberRepository(table), new DynamoCircleRepository(table),
                new DynamoStoryRepository(table), new DynamoBusinessRepository(table),
                new DynamoResourceRepository(table), Clock.systemUTC(), IdGenerator.random());
    }

    /** The PostgreSQL adapters on a fresh, migrated database (one connection, as a single-threaded import uses). */
    static Ports postgres() {
        try {
            Connection shared = PostgresBackend.shared().newDatabase().getConnection();
            Connection kept = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close")) {
                            return null;
                        }
                        try {
                            return method.invoke(shared, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            Jdbi jdbi = Jdbi.create(() -> kept);
            new FlywayProvisioner(jdbi, "circles").provision().getOrElseThrow(p -> new IllegalStateException(p.message()));
            CirclesDb db = new CirclesDb(jdbi, CursorCodec.fromSecret("benchmark"));
            return new Ports(new PostgresMemberRepository(db), new PostgresCircleRepository(db),
                    new PostgresStoryRepository(db), new PostgresBusinessRepository(db),
                    new PostgresResourceRepository(db), Clock.systemUTC(), IdGenerator.random());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot connect to the benchmark database", e);
        }
    }
}
