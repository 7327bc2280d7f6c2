package dev.portside.adapters.dynamodb.circles;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** Builders of the conditional transaction items: create-if-absent, replace-if-revision, delete-if-revision. */
final class Writes {

    private Writes() {
    }

    static TransactWriteItem putNew(String table, Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                .conditionExpression("attribute_not_exists(PK)").build()).build();
    }

    static TransactWriteItem putAny(String table, Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item).build()).build();
    }

    static TransactWriteItem putIfRevision(String table, Map<String, AttributeValue> item, long expected) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                .conditionExpression("revision = :expected")
                .expressionAttributeValues(Map.of(":expected", Items.n(expected))).build()).build();
    }

    static TransactWriteItem deleteIfRevision(String table, Map<String, AttributeValue> key, long expected) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(table).key(key)
                .conditionExpression("revision = :expected")
                .expressionAttributeValues(Map.of(":expected", Items.n(expected))).build()).build();
    }

    static TransactWriteItem deleteIfOwner(String table, Map<String, AttributeValue> key, String owner) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(table).key(key)
                .conditionExpression("ownerId = :owner")
                .expressionAttributeValues(Map.of(":owner", Items.s(owner))).build()).build();
    }

    static TransactWriteItem exists(String table, Map<String, AttributeValue> key) {
        return TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(table).key(key)
                .conditionExpression("attribute_exists(PK)").build()).build();
    }
}
