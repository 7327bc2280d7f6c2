package dev.portside.adapters.dynamodb.support;

import static dev.portside.adapters.dynamodb.support.Attributes.n;
import static dev.portside.adapters.dynamodb.support.Attributes.s;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Revision-checked writes to one table: create-if-absent, save and delete if the stored revision is the expected
 * one, conditional updates (one-item transactions) and transactions. Each returns the stored revision; a failed
 * condition reports the item as it stood, taken from the failed write itself (ReturnValuesOnConditionCheckFailure
 * ALL_OLD), never re-read.
 */
public final class RevisionedWrites {

    /** What a revision-checked write on a missing item reports: a Conflict with no actual revision, or NotFound. */
    public enum Gone { CONFLICT, NOT_FOUND }

    /** A transaction refused by the condition of the item at {@code index}, with that item as it stood. */
    public record Refusal(int index, Option<Map<String, AttributeValue>> stood) {
    }

    /** How one kind of aggregate is stored as an item: its kind, id, revision, key and item. */
    public interface Mapping<T> {

        String kind();

        String id(T value);

        Revision revision(T value);

        T withRevision(T value, Revision revision);

        Map<String, AttributeValue> key(T value);

        Map<String, AttributeValue> toItem(T value);
    }

    public static final int MAX_TRANSACTION_ITEMS = 100;
    public static final Duration CONFLICT_DEADLINE = Duration.ofSeconds(5);
    private static final ReturnValuesOnConditionCheckFailure ALL_OLD = ReturnValuesOnConditionCheckFailure.ALL_OLD;
    /** The attribute holding the id of the create or save that wrote an item. */
    public static final String WRITE_ID = "write_id";
    private static final String IF_REVISION = "#rev = :expected";

    private final DynamoDbClient client;
    private final String table;
    private final String keyAttribute;
    private final String revisionAttribute;
    private final Gone gone;
    private final Duration conflictDeadline;

    /**
     * @param keyAttribute      the table's partition key, absent on a key never written
     * @param revisionAttribute the attribute holding an item's revision
     */
    public RevisionedWrites(DynamoDbClient client, String table, String keyAttribute, String revisionAttribute,
                            Gone gone) {
        this(client, table, keyAttribute, revisionAttribute, gone, CONFLICT_DEADLINE);
    }

    /** @param conflictDeadline how long a transaction cancelled by concurrent transactions is retried */
    public RevisionedWrites(DynamoDbClient client, String table, String keyAttribute, String revisionAttribute,
                            Gone gone, Duration conflictDeadline) {
        this.client = client;
        this.conflictDeadline = conflictDeadline;
        this.table = table;
        this.keyAttribute = keyAttribute;
        this.revisionAttribute = revisionAttribute;
        this.gone = gone;
    }

    /** The item under {@code key} (consistent read) as {@code mapper} reads it, or none. */
    public <T> Either<Problem, Option<T>> read(Map<String, AttributeValue> key,
                                               Function<Map<String, AttributeValue>, T> mapper) {
        return Guard.run(() -> Either.right(Attributes.present(client.getItem(b -> b.tableName(table).key(key)
                .consistentRead(true)).item()).map(mapper)));
    }

    /**
     * Writes a new item; an existing key is {@code AlreadyExists(kind, id)}, unless the item standing there carries
     * this call's write id: its own write, applied by an attempt whose reply was lost and retried by the SDK.
     */
    public Either<Problem, Revision> create(String kind, String id, Map<String, AttributeValue> unstamped) {
        Map<String, AttributeValue> item = stamped(unstamped);
        return Guard.run(() -> {
            try {
                client.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(#key)")
                        .expressionAttributeNames(Map.of("#key", keyAttribute))
                        .returnValuesOnConditionCheckFailure(ALL_OLD));
                return Either.right(revisionOf(item));
            } catch (ConditionalCheckFailedException e) {
                return ownWrite(e, item) ? Either.right(revisionOf(item))
                        : Either.left(new Problem.AlreadyExists(kind, id));
            }
        });
    }

    /**
     * Replaces the item if its stored revision is {@code expected}; {@code item} carries the next revision. A retry
     * refused by an item carrying this call's write id is its own write after a lost reply, hence a success.
     */
    public Either<Problem, Revision> save(String kind, String id, Map<String, AttributeValue> unstamped,
                                          Revision expected) {
        Map<String, AttributeValue> item = stamped(unstamped);
        return Guard.run(() -> {
            try {
                client.putItem(b -> b.tableName(table).item(item).conditionExpression(IF_REVISION)
                        .expressionAttributeNames(revisionName()).expressionAttributeValues(expectedValue(expected))
                        .returnValuesOnConditionCheckFailure(ALL_OLD));
                return Either.right(revisionOf(item));
            } catch (ConditionalCheckFailedException e) {
                return ownWrite(e, item) ? Either.right(revisionOf(item))
                        : Either.left(stale(kind, id, expected, standing(e)));
            }
        });
    }

    /**
     * Deletes the item if its stored revision is {@code expected}; the revision it had. It runs as a one-item
     * transaction with a client request token, so a retry after a lost reply is answered as the first attempt was.
     */
    public Either<Problem, Revision> delete(String kind, String id, Map<String, AttributeValue> key,
                                            Revision expected) {
        return transact(List.of(deleteIfRevision(key, expected))).flatMap(refused -> refused.isEmpty()
                ? Either.right(expected) : Either.left(stale(kind, id, expected, refused.get().stood())));
    }

    /** The item stamped with a write id of its own: the id recognises this call's write if its reply is lost. */
    private static Map<String, AttributeValue> stamped(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> stamped = new HashMap<>(item);
        stamped.put(WRITE_ID, s(UUID.randomUUID().toString()));
        return stamped;
    }

    private static boolean ownWrite(ConditionalCheckFailedException e, Map<String, AttributeValue> written) {
        return standing(e).exists(stood -> written.get(WRITE_ID).equals(stood.get(WRITE_ID)));
    }

    private static Option<Map<String, AttributeValue>> standing(ConditionalCheckFailedException e) {
        return e.hasItem() ? Attributes.present(e.item()) : Option.none();
    }

    /** Writes a new aggregate as it is; an existing key is {@code AlreadyExists}. */
    public <T> Either<Problem, T> create(Mapping<T> mapping, T value) {
        return create(mapping.kind(), mapping.id(value), mapping.toItem(value)).map(stored -> value);
    }

    /** Saves the aggregate under its next revision if the stored one is its own; the saved aggregate. */
    public <T> Either<Problem, T> save(Mapping<T> mapping, T value) {
        T next = mapping.withRevision(value, mapping.revision(value).next());
        return save(mapping.kind(), mapping.id(value), mapping.toItem(next), mapping.revision(value))
                .map(stored -> next);
    }

    /** Deletes the aggregate if the stored revision is its own; the deleted aggregate. */
    public <T> Either<Problem, T> delete(Mapping<T> mapping, T value) {
        return delete(mapping.kind(), mapping.id(value), mapping.key(value), mapping.revision(value))
                .map(gone -> value);
    }

    /**
     * A conditional update of the item under {@code key}, applied exactly once: it runs as a one-item transaction
     * with a client request token, so the SDK's retry of an attempt whose reply was lost is answered without
     * applying it again (an {@code ADD} retried as a plain UpdateItem would count twice). The item after it
     * (consistent read), or none when its condition failed.
     */
    public Either<Problem, Option<Map<String, AttributeValue>>> update(Map<String, AttributeValue> key, Update update) {
        return transact(List.of(TransactWriteItem.builder().update(update.toBuilder().tableName(table).key(key)
                .returnValuesOnConditionCheckFailure(ALL_OLD).build()).build()))
                .flatMap(refused -> refused.isDefined() ? Either.right(Option.none()) : read(key, item -> item));
    }

    /**
     * Runs the items as one transaction: none when written, else the first item whose condition failed, with the
     * item as it stood. Every attempt of the call carries the same client request token, so an attempt that follows
     * one whose reply was lost (the SDK's retry, or this method's after a conflict) is answered as that one was,
     * without applying it twice; a cancelled transaction is not remembered under its token, so retrying it runs it
     * again. A cancellation by a concurrent transaction is retried with jittered backoff until the conflict
     * deadline; past it, or for any other cancellation, the call is a retriable Unavailable.
     */
    public Either<Problem, Option<Refusal>> transact(List<TransactWriteItem> items) {
        if (items.size() > MAX_TRANSACTION_ITEMS) {
            throw new IllegalArgumentException("a transaction holds at most " + MAX_TRANSACTION_ITEMS + " items");
        }
        long until = System.nanoTime() + conflictDeadline.toNanos();
        String token = UUID.randomUUID().toString();
        return Guard.run(() -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    client.transactWriteItems(b -> b.transactItems(items).clientRequestToken(token));
                    return Either.right(Option.none());
                } catch (TransactionCanceledException e) {
                    List<CancellationReason> reasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
                    for (int i = 0; i < reasons.size(); i++) {
                        if ("ConditionalCheckFailed".equals(reasons.get(i).code())) {
                            return Either.right(Option.some(new Refusal(i, Attributes.present(reasons.get(i).item()))));
                        }
                    }
                    if (!conflicted(reasons) || !Backoff.pause(attempt, until)) {
                        throw e;
                    }
                }
            }
        });
    }

    /**
     * Writes {@code last} (the items that delete or change a guarding aggregate, the first one conditional on its
     * revision) together with {@code groups} of dependent items (each group all-or-nothing), in one transaction when
     * all fit. When they do not, the leading groups go first, in transactions of whole groups that each also check
     * the guard (the item under {@code guard} must still be at {@code expected}), and {@code last} goes with the
     * groups that fit beside it: a run that stops halfway has written whole groups only, the guard untouched, so
     * running it again finishes it. None when all is written, else the refusal; its index counts in
     * {@code last} followed by every group's items (a refused guard check is index 0).
     */
    public Either<Problem, Option<Refusal>> transactGuarded(Map<String, AttributeValue> guard, Revision expected,
                                                           List<TransactWriteItem> last,
                                                           List<List<TransactWriteItem>> groups) {
        int[] offsets = new int[groups.size()];
        int total = last.size();
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).size() >= MAX_TRANSACTION_ITEMS) {
                throw new IllegalArgumentException("a group holds fewer than " + MAX_TRANSACTION_ITEMS + " items");
            }
            offsets[g] = total;
            total += groups.get(g).size();
        }
        int tail = groups.size();
        int size = last.size();
        while (tail > 0 && size + groups.get(tail - 1).size() <= MAX_TRANSACTION_ITEMS) {
            tail--;
            size += groups.get(tail).size();
        }
        int g = 0;
        while (g < tail) {
            List<TransactWriteItem> chunk = new ArrayList<>(List.of(hasRevision(guard, expected)));
            List<Integer> virtual = new ArrayList<>(List.of(0));
            while (g < tail && chunk.size() + groups.get(g).size() <= MAX_TRANSACTION_ITEMS) {
                for (int i = 0; i < groups.get(g).size(); i++) {
                    chunk.add(groups.get(g).get(i));
                    virtual.add(offsets[g] + i);
                }
                g++;
            }
            Either<Problem, Option<Refusal>> written = transact(chunk);
            if (written.isLeft() || written.get().isDefined()) {
                return written.map(refused -> refused.map(r -> new Refusal(virtual.get(r.index()), r.stood())));
            }
        }
        List<TransactWriteItem> items = new ArrayList<>(last);
        List<Integer> virtual = new ArrayList<>();
        for (int i = 0; i < last.size(); i++) {
            virtual.add(i);
        }
        for (int t = tail; t < groups.size(); t++) {
            for (int i = 0; i < groups.get(t).size(); i++) {
                items.add(groups.get(t).get(i));
                virtual.add(offsets[t] + i);
            }
        }
        return transact(items).map(refused -> refused.map(r -> new Refusal(virtual.get(r.index()), r.stood())));
    }

    private static boolean conflicted(List<CancellationReason> reasons) {
        return reasons.stream().anyMatch(r -> "TransactionConflict".equals(r.code()));
    }

    /** The refusal of a revision-checked write: Conflict with the actual revision, or per {@link Gone} when gone. */
    public Problem stale(String kind, String id, Revision expected, Option<Map<String, AttributeValue>> stood) {
        if (stood.isEmpty() && gone == Gone.NOT_FOUND) {
            return new Problem.NotFound(kind, id);
        }
        return new Problem.Conflict(kind, id, expected, stood.map(this::revisionOf).getOrNull());
    }

    public Revision revisionOf(Map<String, AttributeValue> item) {
        return new Revision(Attributes.number(item, revisionAttribute));
    }

    /** A transaction item: put a new item, refused when the key exists. */
    public TransactWriteItem putNew(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                .conditionExpression("attribute_not_exists(#key)")
                .expressionAttributeNames(Map.of("#key", keyAttribute))
                .returnValuesOnConditionCheckFailure(ALL_OLD).build()).build();
    }

    /** A transaction item: replace the item if its stored revision is {@code expected}. */
    public TransactWriteItem putIfRevision(Map<String, AttributeValue> item, Revision expected) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                .conditionExpression(IF_REVISION).expressionAttributeNames(revisionName())
                .expressionAttributeValues(expectedValue(expected))
                .returnValuesOnConditionCheckFailure(ALL_OLD).build()).build();
    }

    /** A transaction item: put the item whatever is stored. */
    public TransactWriteItem put(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item).build()).build();
    }

    /** A transaction item: delete the item if its stored revision is {@code expected}. */
    public TransactWriteItem deleteIfRevision(Map<String, AttributeValue> key, Revision expected) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(table).key(key)
                .conditionExpression(IF_REVISION).expressionAttributeNames(revisionName())
                .expressionAttributeValues(expectedValue(expected))
                .returnValuesOnConditionCheckFailure(ALL_OLD).build()).build();
    }

    /** A transaction item: delete the item if {@code attribute} holds {@code value}. */
    public TransactWriteItem deleteIf(Map<String, AttributeValue> key, String attribute, AttributeValue value) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(table).key(key)
                .conditionExpression("#a = :v").expressionAttributeNames(Map.of("#a", attribute))
                .expressionAttributeValues(Map.of(":v", value)).returnValuesOnConditionCheckFailure(ALL_OLD).build())
                .build();
    }

    /** A transaction item: delete the item whatever is stored. */
    public TransactWriteItem delete(Map<String, AttributeValue> key) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(table).key(key).build()).build();
    }

    /** A transaction item: the item under {@code key} must be stored at revision {@code expected}. */
    public TransactWriteItem hasRevision(Map<String, AttributeValue> key, Revision expected) {
        return TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(table).key(key)
                .conditionExpression(IF_REVISION).expressionAttributeNames(revisionName())
                .expressionAttributeValues(expectedValue(expected))
                .returnValuesOnConditionCheckFailure(ALL_OLD).build()).build();
    }

    /** A transaction item: the item under {@code key} must exist. */
    public TransactWriteItem exists(Map<String, AttributeValue> key) {
        return TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(table).key(key)
                .conditionExpression("attribute_exists(#key)").expressionAttributeNames(Map.of("#key", keyAttribute))
                .returnValuesOnConditionCheckFailure(ALL_OLD).build()).build();
    }

    private Map<String, String> revisionName() {
        return Map.of("#rev", revisionAttribute);
    }

    private static Map<String, AttributeValue> expectedValue(Revision expected) {
        return Map.of(":expected", n(expected.value()));
    }
}
