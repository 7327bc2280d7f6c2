package dev.portside.adapters.dynamodb.support;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Provisioner;
import io.vavr.control.Either;
import io.vavr.control.Option;
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
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * Creates pay-per-request tables of string keys, with GSIs projecting every attribute and optionally TTL, unless
 * they exist, and waits until they are active. Idempotent: an existing table is left as it is ("found"); a run that
 * finds every table and its TTL in place says "unchanged".
 */
public final class TableProvisioner {

    /** A GSI: name, partition attribute, sort attribute. */
    public record Index(String name, String partition, String sort) {
    }

    /** A table: name, partition and optional sort attribute, GSIs, and the TTL attribute if any. */
    public record Table(String name, String partition, Option<String> sort, List<Index> indexes, Option<String> ttl) {

        public static Table of(String name, String partition, String sort, List<Index> indexes) {
            return new Table(name, partition, Option.some(sort), indexes, Option.none());
        }
    }

    private final DynamoDbClient client;

    public TableProvisioner(DynamoDbClient client) {
        this.client = client;
    }

    /** Ensures every table; one line per table ("created" or "found", and whether TTL was turned on). */
    public Either<Problem, String> ensure(List<Table> tables) {
        return Guard.run(() -> {
            List<String> outcomes = new ArrayList<>();
            for (Table table : tables) {
                outcomes.add(ensure(table));
            }
            String summary = String.join("; ", outcomes);
            boolean changed = outcomes.stream().anyMatch(o -> !o.endsWith(" found"));
            return Either.right(changed ? summary : Provisioner.unchanged(summary));
        });
    }

    private String ensure(Table table) {
        String outcome = exists(table.name()) || !create(table) ? table.name() + " found" : table.name() + " created";
        if (table.ttl().isDefined()) {
            TimeToLiveStatus ttl = client.describeTimeToLive(b -> b.tableName(table.name())).timeToLiveDescription()
                    .timeToLiveStatus();
            if (ttl != TimeToLiveStatus.ENABLED && ttl != TimeToLiveStatus.ENABLING) {
                client.updateTimeToLive(b -> b.tableName(table.name())
                        .timeToLiveSpecification(s -> s.enabled(true).attributeName(table.ttl().get())));
                outcome += ", TTL enabled on '" + table.ttl().get() + "'";
            }
        }
        return outcome;
    }

    private boolean exists(String table) {
        try {
            client.describeTable(b -> b.tableName(table));
            return true;
        } catch (ResourceNotFoundException missing) {
            return false;
        }
    }

    /** True when this call created the table; false when another created it first. */
    private boolean create(Table table) {
        Set<String> attributes = new LinkedHashSet<>();
        attributes.add(table.partition());
        table.sort().forEach(attributes::add);
        table.indexes().forEach(i -> {
            attributes.add(i.partition());
            attributes.add(i.sort());
        });
        List<KeySchemaElement> key = table.sort().isDefined()
                ? List.of(key(table.partition(), KeyType.HASH), key(table.sort().get(), KeyType.RANGE))
                : List.of(key(table.partition(), KeyType.HASH));
        try {
            client.createTable(b -> {
                b.tableName(table.name()).billingMode(BillingMode.PAY_PER_REQUEST).keySchema(key)
                        .attributeDefinitions(attributes.stream().map(a -> AttributeDefinition.builder()
                                .attributeName(a).attributeType("S").build()).toList());
                if (!table.indexes().isEmpty()) {
                    b.globalSecondaryIndexes(table.indexes().stream().map(i -> GlobalSecondaryIndex.builder()
                            .indexName(i.name())
                            .keySchema(key(i.partition(), KeyType.HASH), key(i.sort(), KeyType.RANGE))
                            .projection(p -> p.projectionType(ProjectionType.ALL)).build()).toList());
                }
            });
        } catch (ResourceInUseException raced) {
            return false;
        }
        client.waiter().waitUntilTableExists(b -> b.tableName(table.name()));
        return true;
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
