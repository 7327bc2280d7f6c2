package dev.portside.adapters.dynamodb.realtime;

import static dev.portside.adapters.dynamodb.realtime.RealtimeTables.PK;
import static dev.portside.adapters.dynamodb.realtime.RealtimeTables.SORT;
import static dev.portside.adapters.dynamodb.realtime.RealtimeTables.TENANT;
import static dev.portside.adapters.dynamodb.realtime.RealtimeTables.TTL;

import dev.portside.adapters.dynamodb.support.TableProvisioner;
import dev.portside.adapters.dynamodb.support.TableProvisioner.Index;
import dev.portside.adapters.dynamodb.support.TableProvisioner.Table;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Provisioner;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Creates the realtime hub's three tables (pay per request, GSIs projecting all attributes) and turns
 * on TTL on their {@code ttl} attribute. Idempotent: existing tables and enabled TTL are left as they are.
 */
public final class RealtimeTablesProvisioner implements Provisioner {

    private final TableProvisioner provisioner;
    private final RealtimeTables tables;

    public RealtimeTablesProvisioner(DynamoDbClient client, RealtimeTables tables) {
        this.provisioner = new TableProvisioner(client);
        this.tables = tables;
    }

    @Override
    public String name() {
        return "dynamodb tables " + String.join(", ", tables.all());
    }

    @Override
    public Either<Problem, String> provision() {
        return provisioner.ensure(List.of(
                table(tables.connections(), new Index(DynamoConnectionStore.USER_INDEX, ConnectionItems.USER_KEY, SORT),
                        new Index(DynamoConnectionStore.TENANT_INDEX, TENANT, SORT)),
                table(tables.requests(), new Index(DynamoRequestQueue.CONNECTION_INDEX, RequestItems.CONNECTION_KEY, SORT),
                        new Index(DynamoRequestQueue.STATUS_INDEX, RequestItems.STATUS_KEY, SORT),
                        new Index(DynamoRequestQueue.LEASE_INDEX, RequestItems.LEASE_KEY, RequestItems.LEASE_SORT)),
                table(tables.subscriptions(),
                        new Index(DynamoSubscriptionStore.CONNECTION_INDEX, SubscriptionItems.CONNECTION_KEY, SORT),
                        new Index(DynamoSubscriptionStore.REQUEST_INDEX, SubscriptionItems.REQUEST_KEY, SORT))));
    }

    private static Table table(String name, Index... indexes) {
        return new Table(name, PK, Option.none(), List.of(indexes), Option.some(TTL));
    }
}
