package dev.portside.bootstrap.circles.migration;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.portside.application.circles.Community;
import dev.portside.application.circles.CommunityCommands.GetCircle;
import dev.portside.application.circles.CommunityCommands.GetMembers;
import dev.portside.application.circles.CommunityCommands.GetStory;
import dev.portside.application.circles.CommunityCommands.ListCircleMembers;
import dev.portside.application.circles.Ports;
import dev.portside.bootstrap.cli.PortsideCli;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.IdGenerator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real kill: {@code portside migrate sqlite} runs in its own JVM into PostgreSQL and is killed (SIGKILL) while it
 * imports stories; the same command run again then leaves exactly the legacy data once, every circle's member
 * count equal to its ACTIVE memberships.
 */
@ExtendWith(PostgresBackend.class)
class KilledMigrationTest {

    private static final int USERS = 100;
    private static final int CIRCLES = 10;
    private static final int STORIES = 300;

    @TempDir
    Path dir;

    @Test
    void a_migration_killed_while_it_imports_is_resumed_by_running_it_again_to_exactly_the_legacy_data()
            throws Exception {
        Path legacy = legacyFile();
        PGSimpleDataSource database = (PGSimpleDataSource) PostgresBackend.shared().newDatabase();
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(database);
        pool.setMaximumPoolSize(4);
        HikariDataSource pooled = new HikariDataSource(pool);
        Jdbi jdbi = Jdbi.create(pooled);
        new FlywayProvisioner(jdbi, "circles").provision().getOrElseThrow(p -> new IllegalStateException(p.message()));

        Process migration = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PortsideCli.class.getName(),
                "--set", "portside.circles.adapter=postgres", "--set", "portside.postgres.url=" + database.getUrl(),
                "--set", "portside.postgres.user=" + PostgresBackend.shared().user(),
                "--set", "portside.postgres.password=" + PostgresBackend.shared().password(),
                "migrate", "sqlite", "--file", legacy.toString(), "--batch-size", "25")
                .redirectErrorStream(true).redirectOutput(dir.resolve("migration.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (count(jdbi, "circles_stories") < 30 && migration.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        migration.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long storiesAtKill = count(jdbi, "circles_stories");
        assertThat(storiesAtKill).as("killed while importing stories").isBetween(30L, (long) STORIES - 1);

        CirclesDb db = new CirclesDb(jdbi, CursorCodec.fromSecret("killed migration test"));
        Community target = new Community(new Ports(new PostgresMemberRepository(db), new PostgresCircleRepository(db),
                new PostgresStoryRepository(db), new PostgresBusinessRepository(db), new PostgresResourceRepository(db),
                Clock.systemUTC(), IdGenerator.random()));
        MigrationReport resumed = run(target, legacy);
        assertThat(resumed.stopped()).isFalse();
        assertThat(resumed.entities().get("users").imported()).isZero();
        assertThat(resumed.entities().get("stories").alreadyPresent()).isEqualTo(storiesAtKill);
        assertThat(resumed.entities().get("stories").imported()).isEqualTo(STORIES - storiesAtKill);

        Community reference = new Community(SqliteImportContract.inMemory());
        run(reference, legacy);
        assertThat(state(target)).isEqualTo(state(reference));
        pooled.close();
    }

    private static MigrationReport run(Community community, Path legacy) throws Exception {
        return new SqliteImport(community, new SqliteImport.Options("default", 100, false, false),
                new PrintStream(new ByteArrayOutputStream(), true)).run(legacy, LegacySchema.standard());
    }

    private static long count(Jdbi jdbi, String table) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from " + table).mapTo(Long.class).one());
    }

    /** Every member, circle (with its ACTIVE members) and story, revisions left out. */
    private static List<String> state(Community c) {
        List<String> all = new ArrayList<>();
        c.members().getAll(new GetMembers("default", IntStream.range(0, USERS).mapToObj(i -> "u" + i).toList()))
                .get().forEach(m -> all.add(m.withRevision(null).toString()));
        for (int i = 0; i < CIRCLES; i++) {
            var circle = c.circles().get(new GetCircle("default", "c" + i)).get();
            var active = c.circles().members(new ListCircleMembers("default", "c" + i, null, "ACTIVE", 1000, null))
                    .get().items();
            assertThat(circle.stats().memberCount()).isEqualTo(active.size());
            all.add(circle.withRevision(null) + " " + active.stream().map(m -> m.withRevision(null)).toList());
        }
        for (int i = 0; i < STORIES; i++) {
            all.add(c.stories().get(new GetStory("default", "s" + i)).get().withRevision(null).toString());
        }
        return all;
    }

    private Path legacyFile() throws Exception {
        Path file = dir.resolve("big.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            c.createStatement().execute("create table users (id text, email text, display_name text, "
                    + "helpful_votes integer, created_at text)");
            c.createStatement().execute("create table circles (id text, name text, type text, privacy text, "
                    + "max_members integer, owner_id text, posts_this_month integer, created_at text)");
            c.createStatement().execute("create table circle_members (circle_id text, user_id text, role text, "
                    + "status text, joined_at text)");
            c.createStatement().execute("create table stories (id text, author_id text, circle_id text, title text, "
                    + "body text, helpful_votes integer, created_at text)");
            try (PreparedStatement p = c.prepareStatement("insert into users values (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < USERS; i++) {
                    p.setString(1, "u" + i);
                    p.setString(2, "user" + i + "@example.com");
                    p.setString(3, "User " + i);
                    p.setInt(4, i % 17);
                    p.setString(5, "2020-01-01 00:00:" + String.format("%02d", i % 60));
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement("insert into circles values (?, ?, 'wellness', 'public', "
                    + "100, ?, ?, '2020-02-01 00:00:00')")) {
                for (int i = 0; i < CIRCLES; i++) {
                    p.setString(1, "c" + i);
                    p.setString(2, "Circle " + i);
                    p.setString(3, "u" + i);
                    p.setInt(4, i);
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement("insert into circle_members values (?, ?, ?, ?, "
                    + "'2020-03-01 00:00:00')")) {
                for (int i = 0; i < USERS; i++) {
                    p.setString(1, "c" + (i % CIRCLES));
                    p.setString(2, "u" + i);
                    p.setString(3, i < CIRCLES ? "owner" : i % 7 == 0 ? "moderator" : "member");
                    p.setString(4, i % 5 == 0 && i >= CIRCLES ? "pending" : "active");
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement("insert into stories values (?, ?, ?, ?, 'body', ?, ?)")) {
                for (int i = 0; i < STORIES; i++) {
                    p.setString(1, "s" + i);
                    p.setString(2, "u" + (i % USERS));
                    p.setString(3, "c" + (i % USERS % CIRCLES));
                    p.setString(4, "Story " + i);
                    p.setInt(5, i % 11);
                    p.setString(6, java.time.Instant.parse("2021-01-01T00:00:00Z").plusSeconds(37L * i).toString());
                    p.addBatch();
                }
                p.executeBatch();
            }
            c.commit();
        }
        return file;
    }
}
