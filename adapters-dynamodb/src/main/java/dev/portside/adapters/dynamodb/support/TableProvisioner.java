package dev.portside.adapters.dynamodb.support;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Provisioner;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * Creates pay-per-request tables of string keys, with GSIs projecting every attribute and optionally TTL, unless
 * they exist, and waits until they are active. An existing table gets the GSIs it lacks (UpdateTable, then a wait until
 * each is ACTIVE); otherwise it is left as it is ("found"). A run that finds every table, index and TTL in place says
 * "unchanged".
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

    /** How long setup waits for DynamoDB to build an index added to an existing table (it backfills every item). */
    private static final Duration INDEX_BUILD_DEADLINE = Duration.ofMinutes(30);
    private static final Duration INDEX_POLL = Duration.ofSeconds(2);

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
        List<String> added = addMissingIndexes(table);
        if (!added.isEmpty()) {
            outcome += ", index " + String.join(", ", added) + " added";
        }
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

    /**
     * Creates the GSIs an existing table lacks, one UpdateTable each (DynamoDB builds one index at a time), and waits
     * until each is ACTIVE (DynamoDB fills it from the table's items first); what it did, per index.
     */
    private List<String> addMissingIndexes(Table table) {
        List<String> added = new ArrayList<>();
        for (Index index : table.indexes()) {
            Option<IndexStatus> status = indexStatus(table.name(), index.name());
            if (status.contains(IndexStatus.ACTIVE)) {
                continue;
            }
            if (status.isEmpty()) {
                client.updateTable(b -> b.tableName(table.name())
                        .attributeDefinitions(Set.of(index.partition(), index.sort()).stream().map(a -> AttributeDefinition
                                .builder().attributeName(a).attributeType("S").build()).toList())
                        .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName(index.name())
                                .keySchema(key(index.partition(), KeyType.HASH), key(index.sort(), KeyType.RANGE))
                                .projection(p -> p.projectionType(ProjectionType.ALL)))));
            }
            added.add(index.name() + (awaitActive(table.name(), index.name()) ? ""
                    : " (still being built after " + INDEX_BUILD_DEADLINE.toMinutes() + " min; run setup again)"));
        }
        return added;
    }

    private Option<IndexStatus> indexStatus(String table, String index) {
        TableDescription described = client.describeTable(b -> b.tableName(table)).table();
        return Option.ofOptional(described.globalSecondaryIndexes().stream().filter(i -> i.indexName().equals(index))
                .map(i -> i.indexStatus()).findFirst());
    }

    /** True once the index is ACTIVE; false at the deadline (or when interrupted). */
    private boolean awaitActive(String table, String index) {
        long deadline = System.nanoTime() + INDEX_BUILD_DEADLINE.toNanos();
        while (!indexStatus(table, index).contains(IndexStatus.ACTIVE)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(INDEX_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
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
