package dev.portside.adapters.sql.content;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Provisioner;
import io.vavr.control.Either;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * Migrates one context's PostgreSQL schema with Flyway: its own location ({@code db/<context>})
 * and history table ({@code flyway_<context>_history}), so contexts never collide. Idempotent.
 */
public final class FlywayProvisioner implements Provisioner {

    private final Jdbi jdbi;
    private final String context;

    public FlywayProvisioner(Jdbi jdbi, String context) {
        this.jdbi = jdbi;
        this.context = context;
    }

    @Override
    public String name() {
        return "postgres schema " + context;
    }

    @Override
    public Either<Problem, String> provision() {
        try {
            var result = Flyway.configure().dataSource(new JdbiDataSource(jdbi))
                    .locations("classpath:db/" + context).table("flyway_" + context + "_history")
                    .baselineOnMigrate(true).baselineVersion("0").load().migrate();
            return Either.right(context + " schema at version " + result.targetSchemaVersion
                    + " (" + result.migrationsExecuted + " migrations applied)");
        } catch (RuntimeException e) {
            return Either.left(SqlCalls.unavailable(e));
        }
    }

    /** Hands Flyway connections from the Jdbi's own connection source. */
    private record JdbiDataSource(Jdbi jdbi) implements DataSource {

        @Override
        public Connection getConnection() {
            return jdbi.open().getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
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
