package dev.portside.adapters.dynamodb.support;

import static dev.portside.adapters.dynamodb.support.Attributes.s;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.domain.kernel.Problem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

class BatchesTest {

    @RegisterExtension
    static final DynamoDbBackend BACKEND = DynamoDbBackend.shared();

    private final String table = SupportTables.table("batches");

    /**
     * Plays a busy DynamoDB: for the first {@code busyCalls} batch calls it holds back the last two items or keys of
     * a request and hands them back as unprocessed, as DynamoDB does under load. With {@code busyCalls < 0} it holds
     * back every item of every write (sending a decoy item in their place).
     */
    private static final class Unprocessed implements ExecutionInterceptor {

        private static final ExecutionAttribute<List<WriteRequest>> HELD_ITEMS = new ExecutionAttribute<>("heldItems");
        private static final ExecutionAttribute<List<Map<String, AttributeValue>>> HELD_KEYS =
                new ExecutionAttribute<>("heldKeys");

        private final int busyCalls;
        final AtomicInteger calls = new AtomicInteger();

        Unprocessed(int busyCalls) {
            this.busyCalls = busyCalls;
        }

        private boolean busy() {
            return busyCalls < 0 || calls.incrementAndGet() <= busyCalls;
        }

        @Override
        public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
            if (context.request() instanceof BatchWriteItemRequest write && busy()) {
                String table = write.requestItems().keySet().iterator().next();
                List<WriteRequest> all = write.requestItems().get(table);
                if (busyCalls < 0) {
                    attributes.putAttribute(HELD_ITEMS, all);
                    return write.toBuilder().requestItems(Map.of(table, List.of(WriteRequest.builder()
                            .putRequest(p -> p.item(Map.of("pk", s("decoy"), "sk", s("-")))).build()))).build();
                }
                int keep = Math.max(1, all.size() - 2);
                attributes.putAttribute(HELD_ITEMS, List.copyOf(all.subList(keep, all.size())));
                return write.toBuilder().requestItems(Map.of(table, all.subList(0, keep))).build();
            }
            if (context.request() instanceof BatchGetItemRequest get && busy()) {
                String table = get.requestItems().keySet().iterator().next();
                KeysAndAttributes all = get.requestItems().get(table);
                int keep = Math.max(1, all.keys().size() - 2);
                attributes.putAttribute(HELD_KEYS, List.copyOf(all.keys().subList(keep, all.keys().size())));
                return get.toBuilder().requestItems(Map.of(table,
                        all.toBuilder().keys(all.keys().subList(0, keep)).build())).build();
            }
            return context.request();
        }

        @Override
        public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
            String table = tableOf(context.request());
            List<WriteRequest> items = attributes.getAttribute(HELD_ITEMS);
            if (context.response() instanceof BatchWriteItemResponse write && items != null && !items.isEmpty()) {
                return write.toBuilder().unprocessedItems(Map.of(table, items)).build();
            }
            List<Map<String, AttributeValue>> keys = attributes.getAttribute(HELD_KEYS);
            if (context.response() instanceof BatchGetItemResponse get && keys != null && !keys.isEmpty()) {
                return get.toBuilder().unprocessedKeys(Map.of(table, KeysAndAttributes.builder().keys(keys)
                        .consistentRead(true).build())).build();
            }
            return context.response();
        }

        private static String tableOf(SdkRequest request) {
            if (request instanceof BatchWriteItemRequest write) {
                return write.requestItems().keySet().iterator().next();
            }
            return request instanceof BatchGetItemRequest get ? get.requestItems().keySet().iterator().next() : null;
        }
    }

    private static List<Map<String, AttributeValue>> items(int count) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(Map.of("pk", s("p" + i), "sk", s("-"), "group", s("g")));
        }
        return items;
    }

    private static List<Map<String, AttributeValue>> keys(int count) {
        return items(count).stream().map(i -> Map.of("pk", i.get("pk"), "sk", i.get("sk"))).toList();
    }

    private int stored() {
        return BACKEND.client().scan(b -> b.tableName(table)).count();
    }

    @Test
    void unprocessed_items_are_retried_until_every_item_is_written() {
        Unprocessed busy = new Unprocessed(6);
        DynamoDbClient client = SupportTables.client(busy);
        assertThat(new Batches(client).put(table, items(60)).get()).isEqualTo(60);
        assertThat(stored()).isEqualTo(60);
        assertThat(busy.calls.get()).isGreaterThan(6);
    }

    @Test
    void unprocessed_keys_are_retried_until_every_key_is_read() {
        new Batches(BACKEND.client()).put(table, items(120)).get();
        Unprocessed busy = new Unprocessed(4);
        List<Map<String, AttributeValue>> found = new Batches(SupportTables.client(busy)).get(table, keys(120)).get();
        assertThat(found).hasSize(120);
        assertThat(busy.calls.get()).isGreaterThan(4);
    }

    @Test
    void items_still_unprocessed_at_the_deadline_fail_the_batch_instead_of_counting_as_written() {
        Batches batches = new Batches(SupportTables.client(new Unprocessed(-1)), Duration.ofMillis(300));
        Problem problem = batches.put(table, items(5)).getLeft();
        assertThat(problem).isInstanceOfSatisfying(Problem.Unavailable.class, p -> {
            assertThat(p.backend()).isEqualTo("dynamodb");
            assertThat(p.retriable()).isTrue();
            assertThat(p.cause()).startsWith("BatchWriteItem: ").contains("unprocessed");
        });
        assertThat(new Batches(BACKEND.client()).get(table, keys(5)).get()).isEmpty();
    }
}
