package dev.portside.adapters.dynamodb.content;

import static dev.portside.adapters.dynamodb.content.ContentTables.HISTORY_PK;
import static dev.portside.adapters.dynamodb.content.ContentTables.HISTORY_SK;

import dev.portside.domain.content.ContentKey;
import dev.portside.domain.kernel.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Removes every history snapshot of a deleted item, in batches of 25. */
final class DynamoHistoryCleaner {

    private final DynamoDbClient client;
    private final ContentTables tables;
    private final DynamoBatchWriter writer;

    DynamoHistoryCleaner(DynamoDbClient client, ContentTables tables) {
        this.client = client;
        this.tables = tables;
        this.writer = new DynamoBatchWriter(client);
    }

    void clear(TenantId tenant, ContentKey key) {
        List<WriteRequest> deletes = new ArrayList<>();
        client.queryPaginator(b -> b.tableName(tables.history()).consistentRead(true)
                        .keyConditionExpression(HISTORY_PK + " = :k")
                        .projectionExpression(HISTORY_PK + ", " + HISTORY_SK)
                        .expressionAttributeValues(Map.of(":k",
                                AttributeValue.fromS(ContentItemMapper.historyPartition(tenant, key)))))
                .items().forEach(i -> deletes.add(WriteRequest.builder()
                        .deleteRequest(DeleteRequest.builder().key(i).build()).build()));
        writer.writeAll(tables.history(), deletes).getOrElseThrow(p -> new IllegalStateException(p.message()));
    }
}
