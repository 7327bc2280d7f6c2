package dev.portside.adapters.dynamodb.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

class DynamoDbBackendSmokeTest {

    @RegisterExtension
    static final DynamoDbBackend dynamo = DynamoDbBackend.shared();

    private final DynamoDbClient client = dynamo.client();
    private final String table = DynamoDbBackend.uniquePrefix() + "smoke";

    private void createTable() {
        client.createTable(b -> b.tableName(table)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
        client.waiter().waitUntilTableExists(b -> b.tableName(table));
    }

    private static Map<String, AttributeValue> item(String pk, String value) {
        return Map.of("pk", AttributeValue.fromS(pk), "v", AttributeValue.fromS(value));
    }

    @Test
    void aConditionalPutRefusesAnExistingKeyThroughTheRealClient() {
        createTable();
        client.putItem(b -> b.tableName(table).item(item("a", "1")).conditionExpression("attribute_not_exists(pk)"));

        assertThatThrownBy(() -> client.putItem(b -> b.tableName(table).item(item("a", "2"))
                .conditionExpression("attribute_not_exists(pk)")))
                .isInstanceOf(ConditionalCheckFailedException.class);
        assertThat(client.getItem(b -> b.tableName(table).key(Map.of("pk", AttributeValue.fromS("a")))
                .consistentRead(true)).item().get("v").s()).isEqualTo("1");
    }

    @Test
    void aCancelledTransactionWritesNothingAndNamesTheFailedCondition() {
        createTable();
        client.putItem(b -> b.tableName(table).item(item("taken", "x")));

        TransactWriteItem fresh = TransactWriteItem.builder().put(Put.builder().tableName(table).item(item("fresh", "y"))
                .conditionExpression("attribute_not_exists(pk)").build()).build();
        TransactWriteItem clash = TransactWriteItem.builder().put(Put.builder().tableName(table).item(item("taken", "z"))
                .conditionExpression("attribute_not_exists(pk)").build()).build();

        assertThatThrownBy(() -> client.transactWriteItems(b -> b.transactItems(fresh, clash)))
                .isInstanceOfSatisfying(TransactionCanceledException.class, e ->
                        assertThat(e.cancellationReasons()).extracting(r -> r.code())
                                .containsExactly("None", "ConditionalCheckFailed"));
        assertThat(client.getItem(b -> b.tableName(table).key(Map.of("pk", AttributeValue.fromS("fresh")))
                .consistentRead(true)).hasItem()).isFalse();
    }
}
