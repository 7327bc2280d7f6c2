package dev.portside.adapters.dynamodb.testing;

import dev.portside.testkit.faults.Fault;
import dev.portside.testkit.faults.FaultInjector;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * What DynamoDB really does wrong, as {@link Fault}s: throttling (ProvisionedThroughputExceeded, ThrottlingException)
 * and 500s refused before the server, TransactionCanceled with TransactionConflict, lost replies (500 or a reset
 * connection after the write was applied), and partial batches (UnprocessedItems, UnprocessedKeys); and clients on
 * the test server that suffer them under a short attempt and call deadline.
 */
public final class DynamoFaults {

    /** Every call of a faulty client ends within this (the SDK's apiCallTimeout). */
    public static final Duration CALL_DEADLINE = Duration.ofSeconds(4);
    public static final Duration ATTEMPT_DEADLINE = Duration.ofSeconds(1);

    private static final Set<String> ANY = Set.of();

    private DynamoFaults() {
    }

    /** Every DynamoDB fault. */
    public static List<Fault> all() {
        return List.of(
                new Fault.Refused("ProvisionedThroughputExceededException", ANY,
                        () -> ProvisionedThroughputExceededException.builder().statusCode(400)
                                .awsErrorDetails(details("ProvisionedThroughputExceededException")).build()),
                new Fault.Refused("ThrottlingException", ANY, () -> ThrottlingException.builder().statusCode(400)
                        .awsErrorDetails(details("ThrottlingException")).build()),
                new Fault.Refused("500 InternalServerError", ANY, DynamoFaults::internalError),
                new Fault.Refused("TransactionCanceled [TransactionConflict]", Set.of("TransactWriteItems"),
                        () -> TransactionCanceledException.builder().statusCode(400)
                                .awsErrorDetails(details("TransactionCanceledException"))
                                .cancellationReasons(CancellationReason.builder().code("TransactionConflict")
                                        .message("Transaction is ongoing for the item").build()).build()),
                new Fault.LostReply("lost reply (500)", ANY, DynamoFaults::internalError),
                new Fault.LostReply("lost reply (connection reset)", ANY, () -> SdkClientException.builder()
                        .message("Unable to execute HTTP request: Connection reset")
                        .cause(new SocketException("Connection reset")).build()),
                new Fault.Partial("UnprocessedItems", Set.of("BatchWriteItem"), new UnprocessedItems()),
                new Fault.Partial("UnprocessedKeys", Set.of("BatchGetItem"), new UnprocessedKeys()));
    }

    /** An injector, started, that loses the reply of the next {@code times} calls of {@code operation} (500). */
    public static FaultInjector losingReplies(String operation, int times) {
        FaultInjector injector = new FaultInjector(1, 1.0, List.of(new Fault.LostReply("lost reply (500)",
                Set.of(operation), DynamoFaults::internalError)));
        injector.strikeAtMost(times).start();
        return injector;
    }

    /** A client on the test server that suffers {@code injector}'s faults, with short deadlines. */
    public static DynamoDbClient client(FaultInjector injector) {
        return DynamoDbClient.builder()
                .endpointOverride(DynamoDbBackend.shared().endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .overrideConfiguration(c -> c.addExecutionInterceptor(injector)
                        .apiCallTimeout(CALL_DEADLINE).apiCallAttemptTimeout(ATTEMPT_DEADLINE))
                .build();
    }

    private static InternalServerErrorException internalError() {
        return InternalServerErrorException.builder().statusCode(500).awsErrorDetails(details("InternalServerError"))
                .build();
    }

    private static AwsErrorDetails details(String code) {
        return AwsErrorDetails.builder().errorCode(code).serviceName("DynamoDb").errorMessage("injected " + code)
                .build();
    }

    /** Withholds a random part (never all) of each table's writes; they come back as UnprocessedItems. */
    private static final class UnprocessedItems implements Fault.Split {

        @Override
        public SdkRequest withhold(SdkRequest request, Random random, Fault.Withheld withheld) {
            BatchWriteItemRequest batch = (BatchWriteItemRequest) request;
            Map<String, List<WriteRequest>> sent = new HashMap<>();
            Map<String, List<WriteRequest>> held = new HashMap<>();
            batch.requestItems().forEach((table, writes) -> {
                List<List<WriteRequest>> parts = split(writes, random);
                sent.put(table, parts.get(0));
                if (!parts.get(1).isEmpty()) {
                    held.put(table, parts.get(1));
                }
            });
            if (held.isEmpty()) {
                return request;
            }
            withheld.keep(held);
            return batch.toBuilder().requestItems(sent).build();
        }

        @Override
        @SuppressWarnings("unchecked")
        public SdkResponse restore(SdkResponse response, Object withheld) {
            BatchWriteItemResponse batch = (BatchWriteItemResponse) response;
            Map<String, List<WriteRequest>> unprocessed = new HashMap<>(batch.unprocessedItems());
            ((Map<String, List<WriteRequest>>) withheld).forEach((table, writes) ->
                    unprocessed.merge(table, writes, DynamoFaults::concat));
            return batch.toBuilder().unprocessedItems(unprocessed).build();
        }
    }

    /** Withholds a random part (never all) of each table's keys; they come back as UnprocessedKeys. */
    private static final class UnprocessedKeys implements Fault.Split {

        @Override
        public SdkRequest withhold(SdkRequest request, Random random, Fault.Withheld withheld) {
            BatchGetItemRequest batch = (BatchGetItemRequest) request;
            Map<String, KeysAndAttributes> sent = new HashMap<>();
            Map<String, KeysAndAttributes> held = new HashMap<>();
            batch.requestItems().forEach((table, keys) -> {
                List<List<Map<String, AttributeValue>>> parts = split(keys.keys(), random);
                sent.put(table, keys.toBuilder().keys(parts.get(0)).build());
                if (!parts.get(1).isEmpty()) {
                    held.put(table, keys.toBuilder().keys(parts.get(1)).build());
                }
            });
            if (held.isEmpty()) {
                return request;
            }
            withheld.keep(held);
            return batch.toBuilder().requestItems(sent).build();
        }

        @Override
        @SuppressWarnings("unchecked")
        public SdkResponse restore(SdkResponse response, Object withheld) {
            BatchGetItemResponse batch = (BatchGetItemResponse) response;
            Map<String, KeysAndAttributes> unprocessed = new HashMap<>(batch.unprocessedKeys());
            ((Map<String, KeysAndAttributes>) withheld).forEach((table, keys) -> unprocessed.merge(table, keys,
                    (a, b) -> a.toBuilder().keys(concat(a.keys(), b.keys())).build()));
            return batch.toBuilder().unprocessedKeys(unprocessed).build();
        }
    }

    /** The elements sent (at least one) and those withheld, chosen at random. */
    private static <T> List<List<T>> split(List<T> all, Random random) {
        List<T> sent = new ArrayList<>();
        List<T> held = new ArrayList<>();
        for (T element : all) {
            (random.nextBoolean() ? held : sent).add(element);
        }
        if (sent.isEmpty()) {
            sent.add(held.remove(0));
        }
        return List.of(sent, held);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
    }
}
