package dev.portside.adapters.sql.brands;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Provisioner;
import io.vavr.control.Either;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Migrates the brand tables with Flyway ({@code db/brands}, history in {@code flyway_brands_history}). */
public final class PostgresBrandProvisioner implements Provisioner {

    private final UnaryOperator<FluentConfiguration> source;

    private PostgresBrandProvisioner(UnaryOperator<FluentConfiguration> source) {
        this.source = source;
    }

    public static PostgresBrandProvisioner forDataSource(DataSource dataSource) {
        return new PostgresBrandProvisioner(c -> c.dataSource(dataSource));
    }

    public static PostgresBrandProvisioner forUrl(String url, String user, String password) {
        return new PostgresBrandProvisioner(c -> c.dataSource(url, user, password));
    }

    @Override
    public String name() {
        return "postgres brand tables";
    }

    @Override
    public Either<Problem, String> provision() {
        try {
            var result = source.apply(Flyway.configure()).locations("classpath:db/brands")
                    .table("flyway_brands_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
            return Either.right(result.migrationsExecuted + " brand migration(s) applied, schema at "
                    + (result.targetSchemaVersion == null ? "current" : result.targetSchemaVersion));
        } catch (FlywayException e) {
            return Either.left(new Problem.Unavailable("postgres", true, "brand migrations failed: " + e.getMessage()));
        }
    }
}
