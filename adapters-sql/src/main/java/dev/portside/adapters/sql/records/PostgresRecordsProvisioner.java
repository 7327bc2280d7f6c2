package dev.portside.adapters.sql.records;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Provisioner;
import io.vavr.control.Either;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.flywaydb.core.api.FlywayException;

/** Migrates the records hot schema with Flyway (location {@code db/records}, history {@code flyway_records_history}). */
public final class PostgresRecordsProvisioner implements Provisioner {

    private final DataSource dataSource;

    public PostgresRecordsProvisioner(Jdbi jdbi) {
        this.dataSource = new JdbiDataSource(jdbi);
    }

    @Override
    public String name() {
        return "postgres schema records (records_hot)";
    }

    @Override
    public Either<Problem, String> provision() {
        try {
            var result = Flyway.configure().dataSource(dataSource).locations("classpath:db/records")
                    .table("flyway_records_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
            return Either.right("records schema at version " + (result.targetSchemaVersion == null
                    ? "unchanged" : result.targetSchemaVersion) + " (" + result.migrationsExecuted + " migrations applied)");
        } catch (FlywayException e) {
            return Either.left(new Problem.Unavailable("postgres", false, e.getMessage()));
        }
    }
}
