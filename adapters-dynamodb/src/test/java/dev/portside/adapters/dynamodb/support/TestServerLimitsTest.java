package dev.portside.adapters.dynamodb.support;

import static dev.portside.adapters.dynamodb.support.Attributes.n;
import static dev.portside.adapters.dynamodb.support.Attributes.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.domain.kernel.Problem;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * What the adapters rely on from DynamoDB, shown on the test server: TTL deletes expired items late (until then
 * they are still returned), a transaction holds at most 4 MB, and index reads may lag behind the base table.
 */
class TestServerLimitsTest {

    @RegisterExtension
    static final DynamoDbBackend BACKEND = DynamoDbBackend.shared();

    private final DynamoDbClient client = BACKEND.client();
    private final String table = SupportTables.table("limits");

    private static Map<String, AttributeValue> item(String id, String body) {
        return Map.of("pk", s(id), "sk", s("-"), "group", s("g"), "revision", n(1), "body", s(body));
    }

    private Map<String, AttributeValue> read(String id) {
        return client.getItem(b -> b.tableName(table).key(Map.of("pk", s(id), "sk", s("-"))).consistentRead(true))
                .item();
    }

    private List<String> indexed() {
        return client.query(b -> b.tableName(table).indexName(SupportTables.INDEX).keyConditionExpression("#g = :g")
                .expressionAttributeNames(Map.of("#g", "group")).expressionAttributeValues(Map.of(":g", s("g"))))
                .items().stream().map(i -> i.get("pk").s()).sorted().toList();
    }

    @Test
    void ttl_deletes_an_expired_item_late_and_leaves_the_others() throws InterruptedException {
        client.updateTimeToLive(b -> b.tableName(table).timeToLiveSpecification(t -> t.enabled(true)
                .attributeName("ttl")));
        BACKEND.control(table, Map.of("ttlDelayMs", 8000L));
        long now = System.currentTimeMillis() / 1000;
        client.putItem(b -> b.tableName(table).item(with(item("expired", "x"), "ttl", n(now - 1))));
        client.putItem(b -> b.tableName(table).item(with(item("later", "x"), "ttl", n(now + 3600))));
        client.putItem(b -> b.tableName(table).item(item("forever", "x")));
        assertThat(read("expired")).as("expired, not yet deleted: still returned").isNotEmpty();
        long until = System.currentTimeMillis() + 15_000;
        while (!read("expired").isEmpty() && System.currentTimeMillis() < until) {
            Thread.sleep(100);
        }
        assertThat(read("expired")).as("deleted by the TTL sweep").isEmpty();
        assertThat(read("later")).isNotEmpty();
        assertThat(read("forever")).isNotEmpty();
    }

    @Test
    void a_transaction_over_4_mb_is_refused_whole() {
        RevisionedWrites writes = new RevisionedWrites(client, table, "pk", "revision", RevisionedWrites.Gone.CONFLICT);
        String body = "x".repeat(350 * 1024);
        List<TransactWriteItem> twelve = IntStream.range(0, 12).mapToObj(i -> writes.putNew(item("big-" + i, body)))
                .toList();
        assertThatThrownBy(() -> client.transactWriteItems(b -> b.transactItems(twelve)))
                .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(e.getMessage()).contains("4 MB");
                });
        Problem problem = writes.transact(twelve).getLeft();
        assertThat(problem).isInstanceOfSatisfying(Problem.Unavailable.class, u -> {
            assertThat(u.retriable()).isFalse();
            assertThat(u.message()).contains("ValidationException");
        });
        assertThat(read("big-0")).isEmpty();
        assertThat(writes.transact(twelve.subList(0, 2)).get()).as("two items, well under 4 MB").isEmpty();
        assertThat(read("big-1")).isNotEmpty();
    }

    @Test
    void in_lag_mode_an_index_sees_writes_late_and_the_table_at_once() {
        client.putItem(b -> b.tableName(table).item(item("before", "x")));
        BACKEND.control(table, Map.of("indexLagMs", 60_000L));
        client.putItem(b -> b.tableName(table).item(item("after", "x")));
        client.deleteItem(b -> b.tableName(table).key(Map.of("pk", s("before"), "sk", s("-"))));
        assertThat(read("after")).isNotEmpty();
        assertThat(read("before")).isEmpty();
        assertThat(indexed()).as("the index, still as it was").containsExactly("before");
        BACKEND.control(table, Map.of("catchUp", 1L));
        assertThat(indexed()).containsExactly("after");
        BACKEND.control(table, Map.of("indexLagMs", 0L));
        client.putItem(b -> b.tableName(table).item(item("now", "x")));
        assertThat(indexed()).containsExactly("after", "now");
    }

    private static Map<String, AttributeValue> with(Map<String, AttributeValue> item, String name,
                                                    AttributeValue value) {
        Map<String, AttributeValue> out = new java.util.HashMap<>(item);
        out.put(name, value);
        return out;
    }
}
