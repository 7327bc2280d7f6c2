package dev.portside.adapters.dynamodb.circles;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * BatchGetItem in chunks of 100 keys and BatchWriteItem in chunks of 25 puts; unprocessed keys and items are retried
 * with exponential backoff until done or a deadline passes, which fails the call rather than reporting a partial
 * success.
 */
final class Batches {

    static final int GET_CHUNK = 100;
    static final int WRITE_CHUNK = 25;
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private Batches() {
    }

    /** The items found for {@code keys} (duplicates removed), keyed by their {@code PK}. */
    static Map<String, Map<String, AttributeValue>> get(CirclesTable table, List<Map<String, AttributeValue>> keys) {
        Map<String, Map<String, AttributeValue>> unique = new LinkedHashMap<>();
        keys.forEach(k -> unique.put(k.get(Items.PK).s() + "\n" + k.get(Items.SK).s(), k));
        List<Map<String, AttributeValue>> all = new ArrayList<>(unique.values());
        Map<String, Map<String, AttributeValue>> found = new LinkedHashMap<>();
        for (int from = 0; from < all.size(); from += GET_CHUNK) {
            List<Map<String, AttributeValue>> pending = all.subList(from, Math.min(all.size(), from + GET_CHUNK));
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            for (int attempt = 0; !pending.isEmpty(); attempt++) {
                pause(attempt, deadline);
                BatchGetItemResponse response = table.client.batchGetItem(BatchGetItemRequest.builder()
                        .requestItems(Map.of(table.name, KeysAndAttributes.builder().keys(pending)
                                .consistentRead(true).build())).build());
                response.responses().getOrDefault(table.name, List.of())
                        .forEach(item -> found.put(item.get(Items.PK).s(), item));
                KeysAndAttributes rest = response.unprocessedKeys().get(table.name);
                pending = rest == null || !rest.hasKeys() ? List.of() : rest.keys();
            }
        }
        return found;
    }

    static void put(CirclesTable table, List<Map<String, AttributeValue>> items) {
        for (int from = 0; from < items.size(); from += WRITE_CHUNK) {
            List<WriteRequest> pending = items.subList(from, Math.min(items.size(), from + WRITE_CHUNK)).stream()
                    .map(i -> WriteRequest.builder().putRequest(PutRequest.builder().item(i).build()).build())
                    .toList();
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            for (int attempt = 0; !pending.isEmpty(); attempt++) {
                pause(attempt, deadline);
                BatchWriteItemResponse response = table.client.batchWriteItem(BatchWriteItemRequest.builder()
                        .requestItems(Map.of(table.name, pending)).build());
                pending = response.unprocessedItems().getOrDefault(table.name, List.of());
            }
        }
    }

    /** Waits before a retry (none before the first attempt); fails once the deadline has passed. */
    static void pause(int attempt, long deadline) {
        if (attempt == 0) {
            return;
        }
        if (System.nanoTime() > deadline) {
            throw SdkClientException.create("unprocessed batch items remained after " + DEADLINE.toSeconds() + "s");
        }
        try {
            Thread.sleep(Math.min(1000, 10L << Math.min(attempt, 7)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SdkClientException.create("interrupted while retrying a batch", e);
        }
    }
}
