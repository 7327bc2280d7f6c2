package dev.portside.adapters.dynamodb.realtime;

import static dev.portside.adapters.dynamodb.realtime.Attributes.PK;
import static dev.portside.adapters.dynamodb.realtime.Attributes.SORT;
import static dev.portside.adapters.dynamodb.realtime.Attributes.TENANT;
import static dev.portside.adapters.dynamodb.realtime.Attributes.TTL;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Provisioner;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * Creates the realtime hub's three tables (pay per request, GSIs projecting all attributes) and turns
 * on TTL on their {@code ttl} attribute. Idempotent: existing tables and enabled TTL are left as they are.
 */
public final class RealtimeTablesProvisioner implements Provisioner {

    private final DynamoDbClient client;
    private final RealtimeTables tables;

    public RealtimeTablesProvisioner(DynamoDbClient client, RealtimeTables tables) {
        this.client = client;
        this.tables = tables;
    }

    @Override
    public String name() {
        return "dynamodb tables " + String.join(", ", tables.all());
    }

    @Override
    public Either<Problem, String> provision() {
        return DynamoErrors.guard(() -> {
            List<String> done = new ArrayList<>();
            done.add(ensure(tables.connections(), List.of(
                    index(DynamoConnectionStore.USER_INDEX, ConnectionItems.USER_KEY),
                    index(DynamoConnectionStore.TENANT_INDEX, TENANT))));
            done.add(ensure(tables.requests(), List.of(
                    index(DynamoRequestQueue.CONNECTION_INDEX, RequestItems.CONNECTION_KEY),
                    index(DynamoRequestQueue.STATUS_INDEX, RequestItems.STATUS_KEY))));
            done.add(ensure(tables.subscriptions(), List.of(
                    index(DynamoSubscriptionStore.CONNECTION_INDEX, SubscriptionItems.CONNECTION_KEY),
                    index(DynamoSubscriptionStore.REQUEST_INDEX, SubscriptionItems.REQUEST_KEY))));
            return Either.right(String.join("; ", done));
        });
    }

    private String ensure(String table, List<GlobalSecondaryIndex> indexes) {
        String outcome;
        if (exists(table)) {
            outcome = table + " found";
        } else {
            Set<String> keys = new LinkedHashSet<>(List.of(PK, SORT));
            indexes.forEach(i -> keys.add(i.keySchema().get(0).attributeName()));
            client.createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(keys.stream().map(RealtimeTablesProvisioner::stringAttribute).toList())
                    .keySchema(key(PK, KeyType.HASH))
                    .globalSecondaryIndexes(indexes));
            client.waiter().waitUntilTableExists(b -> b.tableName(table));
            outcome = table + " created";
        }
        TimeToLiveStatus ttl = client.describeTimeToLive(b -> b.tableName(table)).timeToLiveDescription()
                .timeToLiveStatus();
        if (ttl != TimeToLiveStatus.ENABLED && ttl != TimeToLiveStatus.ENABLING) {
            client.updateTimeToLive(b -> b.tableName(table)
                    .timeToLiveSpecification(s -> s.enabled(true).attributeName(TTL)));
            outcome += ", TTL enabled on '" + TTL + "'";
        }
        return outcome;
    }

    private boolean exists(String table) {
        try {
            client.describeTable(b -> b.tableName(table));
            return true;
        } catch (ResourceNotFoundException e) {
            return false;
        }
    }

    private static GlobalSecondaryIndex index(String name, String hash) {
        return GlobalSecondaryIndex.builder().indexName(name)
                .keySchema(key(hash, KeyType.HASH), key(SORT, KeyType.RANGE))
                .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                .build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static AttributeDefinition stringAttribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }
}
