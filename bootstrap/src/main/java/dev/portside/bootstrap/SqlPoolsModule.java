package dev.portside.bootstrap;

import static dev.portside.bootstrap.config.CoreKeys.*;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dev.portside.adapters.sql.support.Retries;
import dev.portside.bootstrap.config.PortsideConfig;
import dev.portside.bootstrap.observability.Telemetry;
import org.jdbi.v3.core.Jdbi;

/**
 * The PostgreSQL and ClickHouse pools built from configuration with their timeouts and reruns
 * (docs/reliability.md, "Deadlines and retries"): opened on first use and closed with {@link Portside#close()}.
 * Installed when a configured adapter runs on SQL.
 */
final class SqlPoolsModule extends AbstractModule {

    private final PortsideConfig config;
    private final Closer closer;
    private final Telemetry telemetry;

    SqlPoolsModule(PortsideConfig config, Closer closer, Telemetry telemetry) {
        this.config = config;
        this.closer = closer;
        this.telemetry = telemetry;
    }

    @Provides
    @Singleton
    @Named("postgres")
    Jdbi postgres() {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("portside-postgres");
        pool.setJdbcUrl(config.get(POSTGRES_URL));
        pool.setUsername(config.get(POSTGRES_USER));
        config.optional(POSTGRES_PASSWORD).ifPresent(pool::setPassword);
        pool.setMaximumPoolSize(config.getInt(POSTGRES_POOL_SIZE));
        pool.setMinimumIdle(Math.min(config.getInt(POSTGRES_POOL_MINIMUM_IDLE), config.getInt(POSTGRES_POOL_SIZE)));
        pool.setConnectionTimeout(config.getDuration(POSTGRES_POOL_CONNECTION_TIMEOUT).toMillis());
        pool.setIdleTimeout(config.getDuration(POSTGRES_POOL_IDLE_TIMEOUT).toMillis());
        pool.setMaxLifetime(config.getDuration(POSTGRES_POOL_MAX_LIFETIME).toMillis());
        long connectSeconds = config.getDuration(POSTGRES_CONNECT_TIMEOUT).toSeconds();
        pool.addDataSourceProperty("connectTimeout", Long.toString(connectSeconds));
        pool.addDataSourceProperty("loginTimeout", Long.toString(connectSeconds));
        pool.addDataSourceProperty("socketTimeout", Long.toString(config.getDuration(POSTGRES_SOCKET_TIMEOUT).toSeconds()));
        pool.addDataSourceProperty("options", "-c statement_timeout=" + config.getDuration(POSTGRES_STATEMENT_TIMEOUT).toMillis());
        return opened(pool);
    }

    /**
     * A SQL pool as every backend gets it: opened lazily (a server that is down fails the first call, not the
     * start), reporting to the host's meter registry, closed by {@code close()}, with the configured reruns.
     */
    private Jdbi opened(HikariConfig pool) {
        pool.setInitializationFailTimeout(-1);
        telemetry.meters().ifPresent(meters -> pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(meters)));
        return Retries.configure(Jdbi.create(closer.register(new HikariDataSource(pool))), sqlRetries());
    }

    /** The reruns of a PostgreSQL or ClickHouse call that failed transiently, shared by every SQL adapter's Guard. */
    private Retries sqlRetries() {
        return new Retries(config.getInt(SQL_RETRY_ATTEMPTS), config.getDuration(SQL_RETRY_BACKOFF),
                config.getDuration(SQL_RETRY_MAX_BACKOFF), config.getDuration(SQL_RETRY_DEADLINE));
    }

    @Provides
    @Singleton
    @Named("clickhouse")
    Jdbi clickhouse() {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("portside-clickhouse");
        pool.setJdbcUrl(config.get(CLICKHOUSE_URL));
        pool.setUsername(config.get(CLICKHOUSE_USER));
        pool.setPassword(config.optional(CLICKHOUSE_PASSWORD).orElse(""));
        pool.setMaximumPoolSize(config.getInt(CLICKHOUSE_POOL_SIZE));
        pool.setMinimumIdle(0);
        pool.setConnectionTimeout(config.getDuration(CLICKHOUSE_POOL_CONNECTION_TIMEOUT).toMillis());
        pool.addDataSourceProperty("connection_timeout", Long.toString(config.getDuration(CLICKHOUSE_CONNECT_TIMEOUT).toMillis()));
        pool.addDataSourceProperty("socket_timeout", Long.toString(config.getDuration(CLICKHOUSE_SOCKET_TIMEOUT).toMillis()));
        pool.addDataSourceProperty("clickhouse_setting_max_execution_time",
                Long.toString(config.getDuration(CLICKHOUSE_QUERY_TIMEOUT).toSeconds()));
        return opened(pool);
    }
}
