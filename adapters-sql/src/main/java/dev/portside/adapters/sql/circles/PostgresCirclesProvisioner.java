package dev.portside.adapters.sql.circles;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Provisioner;
import io.vavr.control.Either;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;

/**
 * Migrates the community tables with Flyway from {@code db/circles}, recording history in its own table
 * {@code flyway_circles_history} so contexts sharing a database never collide. Idempotent.
 */
public final class PostgresCirclesProvisioner implements Provisioner {

    private final Jdbi jdbi;

    public PostgresCirclesProvisioner(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public String name() {
        return "postgresql schema circles (flyway db/circles)";
    }

    @Override
    public Either<Problem, String> provision() {
        try {
            var result = Flyway.configure().dataSource(new JdbiDataSource(jdbi)).locations("classpath:db/circles")
                    .table("flyway_circles_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
            return Either.right("circles schema at version " + (result.targetSchemaVersion == null
                    ? "current" : result.targetSchemaVersion) + " (" + result.migrationsExecuted + " migrations run)");
        } catch (FlywayException e) {
            return Either.left(new Problem.Unavailable("postgresql", false, e.getMessage()));
        }
    }

    /** Flyway needs a DataSource; this one lends connections from the Jdbi handle's pool. */
    private record JdbiDataSource(Jdbi jdbi) implements DataSource {

        @Override
        public Connection getConnection() {
            return jdbi.open().getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // no log writer is kept
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // the pool behind Jdbi owns timeouts
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getLogger("dev.portside.adapters.sql.circles");
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
