package dev.portside.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.ProvidesIntoSet;
import com.google.inject.name.Named;
import dev.portside.adapters.sql.support.PostgresTableHealthCheck;
import dev.portside.adapters.sql.support.FlywayProvisioner;
import dev.portside.domain.kernel.HealthCheck;
import dev.portside.domain.kernel.Provisioner;
import org.jdbi.v3.core.Jdbi;

/**
 * A context's PostgreSQL schema: its Flyway migrations ({@code db/<context>}) as a {@link Provisioner}, and a
 * {@link HealthCheck} that the context's main table answers. Install one per context.
 */
public final class PostgresSchemaModule extends AbstractModule {

    private final String context;
    private final String table;

    public PostgresSchemaModule(String context, String table) {
        this.context = context;
        this.table = table;
    }

    @ProvidesIntoSet
    Provisioner schema(@Named("postgres") Jdbi jdbi) {
        return new FlywayProvisioner(jdbi, context);
    }

    @ProvidesIntoSet
    HealthCheck table(@Named("postgres") Jdbi jdbi) {
        return new PostgresTableHealthCheck(context + ": postgres", jdbi, table);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PostgresSchemaModule m && m.context.equals(context) && m.table.equals(table);
    }

    @Override
    public int hashCode() {
        return context.hashCode() * 31 + table.hashCode();
    }
}
