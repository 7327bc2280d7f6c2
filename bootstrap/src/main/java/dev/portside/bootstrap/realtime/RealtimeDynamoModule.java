package dev.portside.bootstrap.realtime;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import dev.portside.adapters.dynamodb.realtime.DynamoConnectionStore;
import dev.portside.adapters.dynamodb.realtime.DynamoRequestQueue;
import dev.portside.adapters.dynamodb.realtime.DynamoSubscriptionStore;
import dev.portside.adapters.dynamodb.realtime.RealtimeTables;
import dev.portside.adapters.dynamodb.realtime.RealtimeTablesProvisioner;
import dev.portside.adapters.dynamodb.support.TableHealthCheck;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.HealthCheck;
import dev.portside.domain.kernel.Provisioner;
import dev.portside.domain.realtime.ConnectionStore;
import dev.portside.domain.realtime.RequestQueue;
import dev.portside.domain.realtime.SubscriptionStore;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Binds the realtime ports to the DynamoDB adapters, with their tables' provisioner and health check. */
final class RealtimeDynamoModule extends AbstractModule {

    private final RealtimeTables tables;

    RealtimeDynamoModule(RealtimeTables tables) {
        this.tables = tables;
    }

    @Provides
    @Singleton
    ConnectionStore connections(DynamoDbClient client, Clock clock, CursorCodec cursors) {
        return new DynamoConnectionStore(client, tables, clock, cursors);
    }

    @Provides
    @Singleton
    RequestQueue queue(DynamoDbClient client, Clock clock, CursorCodec cursors) {
        return new DynamoRequestQueue(client, tables, clock, cursors);
    }

    @Provides
    @Singleton
    SubscriptionStore subscriptions(DynamoDbClient client, Clock clock, CursorCodec cursors) {
        return new DynamoSubscriptionStore(client, tables, clock, cursors);
    }

    @ProvidesIntoSet
    Provisioner provisioner(DynamoDbClient client) {
        return new RealtimeTablesProvisioner(client, tables);
    }

    @ProvidesIntoSet
    HealthCheck health(DynamoDbClient client) {
        return new TableHealthCheck("realtime: dynamodb", client, tables.all());
    }
}
