package dev.portside.adapters.sql.testing;

import dev.portside.testkit.backends.NodeService;
import dev.portside.testkit.backends.BackendSettings;
import dev.portside.testkit.backends.SharedBackend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.jdbi.v3.core.Jdbi;

/**
 * ClickHouse for tests: the server named by {@code PORTSIDE_TEST_CLICKHOUSE_URL} (a JDBC URL), else the front
 * over the real ClickHouse engine (chDB) whose script {@code PORTSIDE_TEST_CLICKHOUSE_SERVER} names (the
 * repository's {@code scripts/clickhouse/server.js}, which the build passes) started on a free loopback port
 * for this JVM.
 */
public final class ClickHouseBackend extends SharedBackend {

    public static final String URL_VARIABLE = "PORTSIDE_TEST_CLICKHOUSE_URL";
    public static final String SERVER_VARIABLE = "PORTSIDE_TEST_CLICKHOUSE_SERVER";
    private static final ClickHouseBackend SHARED = new ClickHouseBackend();

    private String jdbcUrl;

    private ClickHouseBackend() {
        super("ClickHouse", "Set " + URL_VARIABLE + " to a ClickHouse JDBC URL (scripts/test exports it), or "
                + SERVER_VARIABLE + " to scripts/clickhouse/server.js with Node.js 18+ and npm installed");
    }

    public static ClickHouseBackend shared() {
        return SHARED;
    }

    @Override
    protected void start() throws Exception {
        Optional<String> url = BackendSettings.get(URL_VARIABLE);
        if (url.isPresent()) {
            jdbcUrl = url.get();
        } else {
            String data = Files.createTempDirectory("portside-chdb").toString();
            NodeService server = NodeService.start(Path.of(BackendSettings.require(SERVER_VARIABLE)), List.of("--data", data),
                    Duration.ofSeconds(90));
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
        props.setProperty("user", BackendSettings.get("PORTSIDE_TEST_CLICKHOUSE_USER").orElse("default"));
        props.setProperty("password", BackendSettings.get("PORTSIDE_TEST_CLICKHOUSE_PASSWORD").orElse(""));
        return DriverManager.getConnection(jdbcUrl, props);
    }

    public Jdbi jdbi() {
        ensureStarted();
        return Jdbi.create(this::open);
    }
}
