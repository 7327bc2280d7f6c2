package dev.portside.adapters.dynamodb.circles;

import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The community single table: its client, name and cursor codec, plus the calls every repository shares —
 * consistent reads, transactions that report which item's condition failed, and the mapping of SDK failures to
 * {@link Problem.Unavailable} (retriable for throttling, transaction conflicts, 5xx and client timeouts).
 */
public final class CirclesTable {

    static final int MAX_TRANSACTION_ITEMS = 100;

    final DynamoDbClient client;
    final String name;
    final CursorCodec codec;

    public CirclesTable(DynamoDbClient client, String name, CursorCodec codec) {
        this.client = client;
        this.name = name;
        this.codec = codec;
    }

    public String name() {
        return name;
    }

    /** The outcome of a transaction: done, or refused by the condition of the item at {@code failedIndex}. */
    record TxResult(boolean done, int failedIndex) {
    }

    <T> Either<Problem, T> guard(Supplier<Either<Problem, T>> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            return Either.left(unavailable(e));
        } catch (RuntimeException e) {
            return Either.left(new Problem.Unavailable("dynamodb " + name, false,
                    "unreadable item or response: " + e.getMessage()));
        }
    }

    static Problem unavailable(SdkException e) {
        boolean retriable = e instanceof SdkClientException || e.retryable()
                || e instanceof TransactionCanceledException
                || (e instanceof SdkServiceException s && (s.isThrottlingException() || s.statusCode() >= 500));
        return new Problem.Unavailable("dynamodb", retriable, e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    Optional<Map<String, AttributeValue>> get(Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = client.getItem(GetItemRequest.builder().tableName(name).key(key)
                .consistentRead(true).build()).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    /**
     * Runs the items as one transaction. A condition failure is returned as {@code failedIndex}; a cancellation for
     * any other reason (e.g. a concurrent transaction) is thrown on as a retriable SDK failure.
     */
    TxResult transact(List<TransactWriteItem> items) {
        if (items.size() > MAX_TRANSACTION_ITEMS) {
            throw new IllegalArgumentException("a transaction holds at most " + MAX_TRANSACTION_ITEMS + " items");
        }
        try {
            client.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(items).build());
            return new TxResult(true, -1);
        } catch (TransactionCanceledException e) {
            List<CancellationReason> reasons = e.cancellationReasons();
            for (int i = 0; i < reasons.size(); i++) {
                if ("ConditionalCheckFailed".equals(reasons.get(i).code())) {
                    return new TxResult(false, i);
                }
            }
            throw e;
        }
    }

    /**
     * Adds the given numbers to an existing item's attributes and to its revision, and sets {@code updatedAt} (and
     * any further {@code times}) to {@code at}, in one UpdateItem; empty when the item does not exist.
     */
    Optional<Map<String, AttributeValue>> add(Map<String, AttributeValue> key, Map<String, Long> deltas,
                                              java.time.Instant at, String... times) {
        Map<String, String> names = new java.util.HashMap<>();
        Map<String, AttributeValue> values = new java.util.HashMap<>();
        List<String> adds = new java.util.ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Long> d : deltas.entrySet()) {
            names.put("#a" + i, d.getKey());
            values.put(":a" + i, Items.n(d.getValue()));
            adds.add("#a" + i + " :a" + i);
            i++;
        }
        values.put(":one", Items.n(1));
        values.put(":at", Items.s(at.toString()));
        StringBuilder sets = new StringBuilder("updatedAt = :at");
        for (String t : times) {
            sets.append(", ").append(t).append(" = :at");
        }
        try {
            return Optional.of(client.updateItem(b -> b.tableName(name).key(key)
                    .updateExpression("ADD " + String.join(", ", adds) + ", revision :one SET " + sets)
                    .conditionExpression("attribute_exists(PK)").expressionAttributeNames(names)
                    .expressionAttributeValues(values).returnValues(ReturnValue.ALL_NEW)).attributes());
        } catch (ConditionalCheckFailedException e) {
            return Optional.empty();
        }
    }

    static long revisionOf(Map<String, AttributeValue> item) {
        return Long.parseLong(item.get("revision").n());
    }
}
