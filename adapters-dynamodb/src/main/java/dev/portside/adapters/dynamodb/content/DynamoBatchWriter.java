package dev.portside.adapters.dynamodb.content;

import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * BatchWriteItem in chunks of 25, retrying unprocessed items with jittered backoff until a
 * bounded deadline; never reports success for an item it did not write.
 */
public final class DynamoBatchWriter {

    public static final int CHUNK = 25;
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private final DynamoDbClient client;

    public DynamoBatchWriter(DynamoDbClient client) {
        this.client = client;
    }

    public Either<Problem, Integer> writeAll(String table, List<WriteRequest> requests) {
        Instant deadline = Instant.now().plus(DEADLINE);
        for (int from = 0; from < requests.size(); from += CHUNK) {
            List<WriteRequest> pending = new ArrayList<>(requests.subList(from, Math.min(requests.size(), from + CHUNK)));
            int attempt = 0;
            while (!pending.isEmpty()) {
                List<WriteRequest> chunk = pending;
                BatchWriteItemResponse response = client.batchWriteItem(b -> b.requestItems(Map.of(table, chunk)));
                pending = response.hasUnprocessedItems()
                        ? new ArrayList<>(response.unprocessedItems().getOrDefault(table, List.of())) : List.of();
                if (!pending.isEmpty() && (Instant.now().isAfter(deadline) || !DynamoCalls.backoff(attempt++))) {
                    return Either.left(new Problem.Unavailable("dynamodb", true,
                            pending.size() + " items were still unprocessed after " + DEADLINE.toSeconds() + "s"));
                }
            }
        }
        return Either.right(requests.size());
    }
}
