package dev.portside.bootstrap.content;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.name.Named;
import dev.portside.adapters.dynamodb.content.ContentTables;
import dev.portside.adapters.dynamodb.content.DynamoContentProvisioner;
import dev.portside.adapters.dynamodb.content.DynamoContentRepository;
import dev.portside.adapters.dynamodb.support.TableHealthCheck;
import dev.portside.adapters.inmemory.content.InMemoryContentRepository;
import dev.portside.adapters.sql.content.PostgresContentRepository;
import dev.portside.bootstrap.PostgresSchemaModule;
import dev.portside.bootstrap.config.PortsideConfig;
import dev.portside.domain.content.ContentRepository;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.HealthCheck;
import dev.portside.domain.kernel.Provisioner;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The Guice modules binding {@link ContentRepository} to each adapter, with its provisioner and health check. */
final class ContentAdapterModules {

    private ContentAdapterModules() {
    }

    static final class InMemory extends AbstractModule {
        @Provides
        @Singleton
        ContentRepository repository(CursorCodec cursors) {
            return new InMemoryContentRepository(cursors);
        }
    }

    static final class Dynamo extends AbstractModule {
        private final ContentTables tables;

        Dynamo(PortsideConfig config) {
            tables = new ContentTables(config.get(ContentPlugin.ITEMS_TABLE), config.get(ContentPlugin.HISTORY_TABLE));
        }

        @Override
        protected void configure() {
            Multibinder.newSetBinder(binder(), Provisioner.class).addBinding().to(DynamoContentProvisioner.class);
            Multibinder.newSetBinder(binder(), HealthCheck.class).addBinding().to(TableHealthCheck.class);
        }

        @Provides
        @Singleton
        ContentRepository repository(DynamoDbClient client, CursorCodec cursors) {
            return new DynamoContentRepository(client, tables, cursors);
        }

        @Provides
        @Singleton
        DynamoContentProvisioner provisioner(DynamoDbClient client) {
            return new DynamoContentProvisioner(client, tables);
        }

        @Provides
        @Singleton
        TableHealthCheck health(DynamoDbClient client) {
            return new TableHealthCheck("content: dynamodb", client, List.of(tables.items(), tables.history()));
        }
    }

    static final class Postgres extends AbstractModule {
        @Override
        protected void configure() {
            install(new PostgresSchemaModule("content", "content_item"));
        }

        @Provides
        @Singleton
        ContentRepository repository(@Named("postgres") Jdbi jdbi, CursorCodec cursors) {
            return new PostgresContentRepository(jdbi, cursors);
        }
    }
}
