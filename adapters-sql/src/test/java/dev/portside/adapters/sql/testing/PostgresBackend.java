package dev.portside.adapters.sql.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.portside.adapters.sql.support.FlywayProvisioner;
import dev.portside.testkit.backends.BackendSettings;
import dev.portside.testkit.backends.SharedBackend;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * PostgreSQL for tests: the server named by {@code PORTSIDE_TEST_POSTGRES_URL} (with
 * {@code PORTSIDE_TEST_POSTGRES_USER}/{@code _PASSWORD}; the user must be able to create databases), else an
 * embedded PostgreSQL 17 process for this JVM. Every test class takes a fresh, empty database.
 */
public final class PostgresBackend extends SharedBackend {

    public static final String URL_VARIABLE = "PORTSIDE_TEST_POSTGRES_URL";
    private static final PostgresBackend SHARED = new PostgresBackend();
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private EmbeddedPostgres embedded;
    private String host;
    private int port;
    private String user;
    private String password;

    private PostgresBackend() {
        super("PostgreSQL", "The embedded PostgreSQL (io.zonky.test) could not start; or set " + URL_VARIABLE
                + " to a PostgreSQL server");
    }

    public static PostgresBackend shared() {
        return SHARED;
    }

    @Override
    protected void start() throws Exception {
        Optional<String> url = BackendSettings.get(URL_VARIABLE);
        if (url.isPresent()) {
            java.net.URI uri = java.net.URI.create(url.get().substring("jdbc:".length()));
            host = uri.getHost();
            port = uri.getPort() < 0 ? 5432 : uri.getPort();
            user = BackendSettings.get("PORTSIDE_TEST_POSTGRES_USER").orElse("postgres");
            password = BackendSettings.get("PORTSIDE_TEST_POSTGRES_PASSWORD").orElse("");
        } else {
            embedded = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(this::closeQuietly));
            host = "127.0.0.1";
            port = embedded.getPort();
            user = "postgres";
            password = "";
        }
        try (Connection c = dataSource("postgres").getConnection(); Statement s = c.createStatement()) {
            s.execute("select 1");
        }
    }

    private void closeQuietly() {
        try {
            embedded.close();
        } catch (java.io.IOException ignored) {
            // the JVM is exiting
        }
    }

    /** A fresh, empty database on the shared server. */
    public DataSource newDatabase() {
        ensureStarted();
        String name = "portside_t" + DATABASES.incrementAndGet() + "_" + Long.toHexString(System.nanoTime());
        try (Connection c = dataSource("postgres").getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return dataSource(name);
    }

    public String jdbcUrl(String database) {
        ensureStarted();
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    private DataSource dataSource(String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {host});
        ds.setPortNumbers(new int[] {port});
        ds.setDatabaseName(database);
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }

    public static Jdbi jdbi(DataSource dataSource) {
        return Jdbi.create(dataSource);
    }

    /**
     * A fresh database with the schemas of {@code contexts} migrated, behind a connection pool of {@code poolSize}, as
     * in production: a connection opened per call makes a suite of many small calls several times slower.
     */
    public Jdbi pooledDatabase(int poolSize, String... contexts) {
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(newDatabase());
        pool.setMaximumPoolSize(poolSize);
        Jdbi jdbi = Jdbi.create(new HikariDataSource(pool));
        for (String context : contexts) {
            new FlywayProvisioner(jdbi, context).provision().getOrElseThrow(p -> new IllegalStateException(p.message()));
        }
        return jdbi;
    }
}
