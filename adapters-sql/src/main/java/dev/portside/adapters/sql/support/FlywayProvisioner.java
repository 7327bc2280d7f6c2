package dev.portside.adapters.sql.support;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Provisioner;
import io.vavr.control.Either;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;

/**
 * Migrates one context's PostgreSQL schema with Flyway: its own location ({@code db/<context>}) and
 * history table ({@code flyway_<context>_history}), so contexts never collide on versions. Idempotent.
 */
public final class FlywayProvisioner implements Provisioner {

    private final DataSource dataSource;
    private final String context;

    public FlywayProvisioner(Jdbi jdbi, String context) {
        this(new JdbiDataSource(jdbi), context);
    }

    public FlywayProvisioner(DataSource dataSource, String context) {
        this.dataSource = dataSource;
        this.context = context;
    }

    @Override
    public String name() {
        return "postgres schema " + context;
    }

    @Override
    public Either<Problem, String> provision() {
        try {
            var result = Flyway.configure().dataSource(dataSource)
                    .locations("classpath:db/" + context).table("flyway_" + context + "_history")
                    .baselineOnMigrate(true).baselineVersion("0").load().migrate();
            String summary = context + " schema at version "
                    + (result.targetSchemaVersion == null ? "current" : result.targetSchemaVersion)
                    + " (" + result.migrationsExecuted + " migrations applied)";
            return Either.right(result.migrationsExecuted == 0 ? Provisioner.unchanged(summary) : summary);
        } catch (FlywayException e) {
            return Either.left(Guard.unavailable("postgres", "migrate " + context, e));
        }
    }
}
