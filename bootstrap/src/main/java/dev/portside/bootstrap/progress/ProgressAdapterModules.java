package dev.portside.bootstrap.progress;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.name.Named;
import com.google.inject.name.Names;
import dev.portside.adapters.dynamodb.progress.DynamoProgressLedger;
import dev.portside.adapters.dynamodb.progress.DynamoProgressProvisioner;
import dev.portside.adapters.dynamodb.progress.ProgressTables;
import dev.portside.adapters.dynamodb.support.TableHealthCheck;
import dev.portside.adapters.inmemory.progress.InMemoryProgressLedger;
import dev.portside.adapters.sql.progress.PostgresProgressLedger;
import dev.portside.bootstrap.PostgresSchemaModule;
import dev.portside.bootstrap.config.PortsideConfig;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.HealthCheck;
import dev.portside.domain.kernel.Provisioner;
import dev.portside.domain.progress.ProgressLedger;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The Guice modules binding {@link ProgressLedger} to each adapter, with its provisioner and health check. */
final class ProgressAdapterModules {

    private ProgressAdapterModules() {
    }

    static final class InMemory extends AbstractModule {
        @Provides
        @Singleton
        ProgressLedger ledger(CursorCodec cursors) {
            return new InMemoryProgressLedger(cursors);
        }
    }

    static final class Dynamo extends AbstractModule {
        private final ProgressTables tables;

        Dynamo(PortsideConfig config) {
            tables = new ProgressTables(config.get(ProgressPlugin.TABLE));
        }

        @Override
        protected void configure() {
            Multibinder.newSetBinder(binder(), Provisioner.class).addBinding().to(DynamoProgressProvisioner.class);
            Multibinder.newSetBinder(binder(), HealthCheck.class).addBinding()
                    .to(Key.get(HealthCheck.class, Names.named("progress-dynamodb")));
        }

        @Provides
        @Singleton
        @Named("progress-dynamodb")
        HealthCheck health(DynamoDbClient client) {
            return new TableHealthCheck("progress: dynamodb", client, List.of(tables.entries()));
        }

        @Provides
        @Singleton
        ProgressLedger ledger(DynamoDbClient client, CursorCodec cursors) {
            return new DynamoProgressLedger(client, tables, cursors);
        }

        @Provides
        @Singleton
        DynamoProgressProvisioner provisioner(DynamoDbClient client) {
            return new DynamoProgressProvisioner(client, tables);
        }
    }

    static final class Postgres extends AbstractModule {
        @Override
        protected void configure() {
            install(new PostgresSchemaModule("progress", "progress_entry"));
        }

        @Provides
        @Singleton
        ProgressLedger ledger(@Named("postgres") Jdbi jdbi, CursorCodec cursors) {
            return new PostgresProgressLedger(jdbi, cursors);
        }
    }
}
