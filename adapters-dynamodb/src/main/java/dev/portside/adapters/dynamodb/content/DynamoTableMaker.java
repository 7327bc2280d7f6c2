package dev.portside.adapters.dynamodb.content;

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

/** Creates a pay-per-request table of string keys with GSIs (projecting all) unless it exists; waits until active. */
public final class DynamoTableMaker {

    /** A GSI: name, partition attribute, sort attribute. */
    public record Index(String name, String partition, String sort) {
    }

    private final DynamoDbClient client;

    public DynamoTableMaker(DynamoDbClient client) {
        this.client = client;
    }

    /** "created" or "already present". */
    public String ensure(String table, String partition, String sort, List<Index> indexes) {
        try {
            client.describeTable(b -> b.tableName(table));
            return table + " already present";
        } catch (ResourceNotFoundException missing) {
            Set<String> attributes = new LinkedHashSet<>(List.of(partition, sort));
            List<GlobalSecondaryIndex> gsis = new ArrayList<>();
            for (Index index : indexes) {
                attributes.add(index.partition());
                attributes.add(index.sort());
                gsis.add(GlobalSecondaryIndex.builder().indexName(index.name())
                        .keySchema(key(index.partition(), KeyType.HASH), key(index.sort(), KeyType.RANGE))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build());
            }
            client.createTable(b -> {
                b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                        .keySchema(key(partition, KeyType.HASH), key(sort, KeyType.RANGE))
                        .attributeDefinitions(attributes.stream().map(a -> AttributeDefinition.builder().attributeName(a)
                                .attributeType(ScalarAttributeType.S).build()).toList());
                if (!gsis.isEmpty()) {
                    b.globalSecondaryIndexes(gsis);
                }
            });
            client.waiter().waitUntilTableExists(b -> b.tableName(table));
            return table + " created";
        }
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
