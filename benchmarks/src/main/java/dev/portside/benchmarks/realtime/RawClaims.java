package dev.portside.benchmarks.realtime;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The claim protocol written straight on the SDK, as a team would without Portside: query StatusIndex
 * for the oldest live PENDING candidates, then conditional UpdateItem calls until one succeeds.
 */
final class RawClaims {

    private final DynamoDbClient client;
    private final String table;

    RawClaims(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    /** The claimed item's key, or null when nothing is pending. */
    String claim(String tenant, long nowMillis) {
        while (true) {
            QueryResponse candidates = client.query(b -> b.tableName(table).indexName("StatusIndex")
                    .keyConditionExpression("statusKey = :h").filterExpression("expiresAtMs > :now")
                    .expressionAttributeValues(Map.of(":h", AttributeValue.fromS(tenant + "#PENDING"),
                            ":now", AttributeValue.fromN(Long.toString(nowMillis))))
                    .scanIndexForward(true).limit(16));
            List<Map<String, AttributeValue>> items = candidates.items();
            if (items.isEmpty()) {
                return null;
            }
            for (Map<String, AttributeValue> item : items) {
                long revision = Long.parseLong(item.get("revision").n());
                long attempts = Long.parseLong(item.get("attempts").n());
                try {
                    client.updateItem(b -> b.tableName(table).key(Map.of("pk", item.get("pk")))
                            .updateExpression("SET #st = :processing, statusKey = :sk, startedAt = :started, "
                                    + "attempts = :attempts, revision = :next")
                            .conditionExpression("#st = :pending AND revision = :read")
                            .expressionAttributeNames(Map.of("#st", "status"))
                            .expressionAttributeValues(Map.of(
                                    ":processing", AttributeValue.fromS("PROCESSING"),
                                    ":pending", AttributeValue.fromS("PENDING"),
                                    ":sk", AttributeValue.fromS(tenant + "#PROCESSING"),
                                    ":started", AttributeValue.fromN(Long.toString(nowMillis)),
                                    ":attempts", AttributeValue.fromN(Long.toString(attempts + 1)),
                                    ":read", AttributeValue.fromN(Long.toString(revision)),
                                    ":next", AttributeValue.fromN(Long.toString(revision + 1)))));
                    return item.get("pk").s();
                } catch (ConditionalCheckFailedException lost) {
                    // another worker took this one; try the next candidate
                }
            }
        }
    }
}
