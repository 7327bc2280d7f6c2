package dev.portside.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code portside setup} end to end, twice: the first run provisions, the second finds everything in place, changes
 * nothing and says so for every provisioner. PostgreSQL is embedded; ClickHouse is the front {@code scripts/test} starts
 * ({@code PORTSIDE_TEST_CLICKHOUSE_URL}).
 */
class SetupTwiceTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    private static String clickhouseUrl() {
        String url = System.getenv("PORTSIDE_TEST_CLICKHOUSE_URL");
        assertThat(url).as("PORTSIDE_TEST_CLICKHOUSE_URL (scripts/test starts the ClickHouse front)").isNotBlank();
        return url;
    }

    private static void execute(String url, String user, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void onTheInMemoryProfileThereIsNothingToProvisionEitherTime() {
        for (int run = 0; run < 2; run++) {
            CliRun cli = new CliRun();
            assertThat(cli.run("--set", "portside.profile=inmemory", "setup")).isZero();
            assertThat(cli.out()).contains("nothing to provision");
        }
    }

    @Test
    void onTheSqlProfileTheSecondRunChangesNothingAndSaysSoPerProvisioner() throws Exception {
        String database = "portside_setup_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String postgresUrl = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/";
        execute(postgresUrl + "postgres", "postgres", "create database " + database);
        String clickhouse = clickhouseUrl();
        execute(clickhouse, "default", "CREATE DATABASE " + database);
        String[] args = {"--set", "portside.profile=sql",
                "--set", "portside.records.local-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
                "--set", "portside.postgres.url=" + postgresUrl + database,
                "--set", "portside.postgres.user=postgres",
                "--set", "portside.records.hot=clickhouse",
                "--set", "portside.clickhouse.url=" + clickhouse.replace("/default", "/" + database),
                "setup"};

        CliRun first = new CliRun();
        assertThat(first.run(args)).as(first.out() + first.err()).isZero();
        CliRun second = new CliRun();
        assertThat(second.run(args)).as(second.out() + second.err()).isZero();

        List<String> firstLines = provisionerLines(first.out());
        List<String> secondLines = provisionerLines(second.out());
        assertThat(firstLines).isNotEmpty().anySatisfy(l -> assertThat(l).startsWith("ok   "))
                .anySatisfy(l -> assertThat(l).contains("clickhouse table records_hot"))
                .anySatisfy(l -> assertThat(l).contains("postgres schema records_archive"));
        assertThat(secondLines).hasSameSizeAs(firstLines)
                .allSatisfy(l -> assertThat(l).startsWith("same ").contains(": unchanged: "));
        assertThat(second.out()).contains("setup complete: nothing changed (" + secondLines.size());
        assertThat(first.out()).contains("provisioner(s) changed something");
    }

    private static List<String> provisionerLines(String out) {
        List<String> lines = new ArrayList<>();
        for (String line : out.split("\\R")) {
            if (line.startsWith("ok   ") || line.startsWith("same ") || line.startsWith("FAIL ")) {
                lines.add(line);
            }
        }
        return lines;
    }
}
