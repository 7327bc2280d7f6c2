package dev.portside.adapters.sql.testing;

import dev.portside.testkit.backends.NodeService;
import dev.portside.testkit.backends.RepoRoot;
import dev.portside.testkit.backends.SharedBackend;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.jdbi.v3.core.Jdbi;

/**
 * ClickHouse for tests: the server named by {@code PORTSIDE_TEST_CLICKHOUSE_URL} (a JDBC URL), else the
 * repository's front over the real ClickHouse engine (chDB, {@code scripts/clickhouse}) started on a free
 * loopback port for this JVM.
 */
public final class ClickHouseBackend extends SharedBackend {

    public static final String URL_VARIABLE = "PORTSIDE_TEST_CLICKHOUSE_URL";
    private static final ClickHouseBackend SHARED = new ClickHouseBackend();

    private String jdbcUrl;

    private ClickHouseBackend() {
        super("ClickHouse", "Install Node.js 18+ and npm (the front is scripts/clickhouse, over the chdb package), or set "
                + URL_VARIABLE + " to a ClickHouse JDBC URL");
    }

    public static ClickHouseBackend shared() {
        return SHARED;
    }

    @Override
    protected void start() throws Exception {
        Optional<String> url = RepoRoot.setting(URL_VARIABLE);
        if (url.isPresent()) {
            jdbcUrl = url.get();
        } else {
            String data = Files.createTempDirectory("portside-chdb").toString();
            NodeService server = NodeService.start("clickhouse", List.of("--data", data), Duration.ofSeconds(90));
            jdbcUrl = "jdbc:clickhouse://127.0.0.1:" + server.port() + "/default?compress=false";
        }
        try (Connection c = open()) {
            c.createStatement().execute("select 1");
        }
    }

    public String jdbcUrl() {
        ensureStarted();
        return jdbcUrl;
    }

    public Connection connection() throws SQLException {
        ensureStarted();
        return open();
    }

    private Connection open() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", RepoRoot.setting("PORTSIDE_TEST_CLICKHOUSE_USER").orElse("default"));
        props.setProperty("password", RepoRoot.setting("PORTSIDE_TEST_CLICKHOUSE_PASSWORD").orElse(""));
        return DriverManager.getConnection(jdbcUrl, props);
    }

    public Jdbi jdbi() {
        ensureStarted();
        return Jdbi.create(this::open);
    }
}
