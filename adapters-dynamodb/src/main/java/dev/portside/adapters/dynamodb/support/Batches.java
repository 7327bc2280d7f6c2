package dev.portside.adapters.dynamodb.support;

import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * BatchWriteItem in chunks of 25 and BatchGetItem (consistent) in chunks of 100 keys. Unprocessed items and keys
 * are retried with jittered exponential backoff until done or a bounded deadline per chunk; past it the call is a
 * retriable Unavailable, never a success for an item that was not written.
 */
public final class Batches {

    public static final int WRITE_CHUNK = 25;
    public static final int GET_CHUNK = 100;
    public static final Duration DEADLINE = Duration.ofSeconds(30);

    private final DynamoDbClient client;
    private final Duration deadline;

    public Batches(DynamoDbClient client) {
        this(client, DEADLINE);
    }

    public Batches(DynamoDbClient client, Duration deadline) {
        this.client = client;
        this.deadline = deadline;
    }

    /** Puts every item; the number written. */
    public Either<Problem, Integer> put(String table, List<Map<String, AttributeValue>> items) {
        return write(table, items.stream()
                .map(i -> WriteRequest.builder().putRequest(PutRequest.builder().item(i).build()).build()).toList());
    }

    /** Runs every put or delete request; the number done. */
    public Either<Problem, Integer> write(String table, List<WriteRequest> requests) {
        return Guard.run(() -> {
            for (int from = 0; from < requests.size(); from += WRITE_CHUNK) {
                List<WriteRequest> pending = requests.subList(from, Math.min(requests.size(), from + WRITE_CHUNK));
                long until = System.nanoTime() + deadline.toNanos();
                for (int attempt = 0; !pending.isEmpty(); attempt++) {
                    if (attempt > 0 && !Backoff.pause(attempt, until)) {
                        return Either.left(unfinished("BatchWriteItem", pending.size() + " items"));
                    }
                    List<WriteRequest> chunk = pending;
                    BatchWriteItemResponse response = client.batchWriteItem(b -> b.requestItems(Map.of(table, chunk)));
                    pending = response.hasUnprocessedItems()
                            ? response.unprocessedItems().getOrDefault(table, List.of()) : List.of();
                }
            }
            return Either.right(requests.size());
        });
    }

    /** The items found for {@code keys} (duplicate keys asked once), in no particular order. */
    public Either<Problem, List<Map<String, AttributeValue>>> get(String table,
                                                                  List<Map<String, AttributeValue>> keys) {
        return Guard.run(() -> {
            List<Map<String, AttributeValue>> unique = new ArrayList<>(new LinkedHashSet<>(keys));
            List<Map<String, AttributeValue>> found = new ArrayList<>();
            for (int from = 0; from < unique.size(); from += GET_CHUNK) {
                List<Map<String, AttributeValue>> pending =
                        unique.subList(from, Math.min(unique.size(), from + GET_CHUNK));
                long until = System.nanoTime() + deadline.toNanos();
                for (int attempt = 0; !pending.isEmpty(); attempt++) {
                    if (attempt > 0 && !Backoff.pause(attempt, until)) {
                        return Either.left(unfinished("BatchGetItem", pending.size() + " keys"));
                    }
                    List<Map<String, AttributeValue>> chunk = pending;
                    BatchGetItemResponse response = client.batchGetItem(b -> b.requestItems(Map.of(table,
                            KeysAndAttributes.builder().keys(chunk).consistentRead(true).build())));
                    found.addAll(response.responses().getOrDefault(table, List.of()));
                    KeysAndAttributes rest = response.hasUnprocessedKeys()
                            ? response.unprocessedKeys().get(table) : null;
                    pending = rest == null || !rest.hasKeys() ? List.of() : rest.keys();
                }
            }
            return Either.right(found);
        });
    }

    private Problem unfinished(String operation, String what) {
        return new Problem.Unavailable(Guard.BACKEND, true,
                operation + ": " + what + " still unprocessed after " + deadline.toMillis() + " ms of retries");
    }
}
