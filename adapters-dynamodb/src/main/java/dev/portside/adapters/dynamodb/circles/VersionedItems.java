package dev.portside.adapters.dynamodb.circles;

import dev.portside.domain.circles.BatchOutcome;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * One kind of single-item aggregate in the table: create-if-absent, save-if-revision (conditional PutItem) and a bulk
 * create that skips existing ids found by BatchGetItem and writes the rest with BatchWriteItem.
 */
final class VersionedItems<T> {

    private final CirclesTable table;
    private final String kind;
    private final Function<T, String> id;
    private final Function<T, Revision> revision;
    private final BiFunction<T, Revision, T> withRevision;
    private final BiFunction<TenantId, T, Map<String, AttributeValue>> toItem;
    private final BiFunction<TenantId, Map<String, AttributeValue>, T> fromItem;
    private final BiFunction<TenantId, String, Map<String, AttributeValue>> key;

    VersionedItems(CirclesTable table, String kind, Function<T, String> id, Function<T, Revision> revision,
                   BiFunction<T, Revision, T> withRevision, BiFunction<TenantId, T, Map<String, AttributeValue>> toItem,
                   BiFunction<TenantId, Map<String, AttributeValue>, T> fromItem,
                   BiFunction<TenantId, String, Map<String, AttributeValue>> key) {
        this.table = table;
        this.kind = kind;
        this.id = id;
        this.revision = revision;
        this.withRevision = withRevision;
        this.toItem = toItem;
        this.fromItem = fromItem;
        this.key = key;
    }

    Either<Problem, T> create(TenantId tenant, T value) {
        T stored = withRevision.apply(value, Revision.INITIAL);
        return table.guard(() -> {
            try {
                table.client.putItem(PutItemRequest.builder().tableName(table.name).item(toItem.apply(tenant, stored))
                        .conditionExpression("attribute_not_exists(PK)").build());
                return Either.right(stored);
            } catch (ConditionalCheckFailedException e) {
                return Either.left(new Problem.AlreadyExists(kind, id.apply(value)));
            }
        });
    }

    Either<Problem, T> save(TenantId tenant, T value) {
        Revision expected = revision.apply(value);
        T next = withRevision.apply(value, expected.next());
        return table.guard(() -> {
            try {
                table.client.putItem(PutItemRequest.builder().tableName(table.name).item(toItem.apply(tenant, next))
                        .conditionExpression("revision = :expected")
                        .expressionAttributeValues(Map.of(":expected", Items.n(expected.value()))).build());
                return Either.right(next);
            } catch (ConditionalCheckFailedException e) {
                return Either.left(table.get(key.apply(tenant, id.apply(value)))
                        .<Problem>map(i -> new Problem.Conflict(kind, id.apply(value), expected,
                                new Revision(CirclesTable.revisionOf(i))))
                        .orElseGet(() -> new Problem.NotFound(kind, id.apply(value))));
            }
        });
    }

    Either<Problem, Option<T>> get(TenantId tenant, String itemId) {
        return table.guard(() -> Either.right(Option.ofOptional(table.get(key.apply(tenant, itemId)))
                .map(i -> fromItem.apply(tenant, i))));
    }

    Either<Problem, BatchOutcome> createAll(TenantId tenant, List<T> values) {
        return table.guard(() -> {
            Map<String, T> unique = new LinkedHashMap<>();
            Map<String, Problem> refused = new HashMap<>();
            for (T v : values) {
                if (unique.putIfAbsent(id.apply(v), v) != null) {
                    refused.put(id.apply(v), new Problem.AlreadyExists(kind, id.apply(v)));
                }
            }
            Map<String, Map<String, AttributeValue>> existing = Batches.get(table,
                    unique.keySet().stream().map(k -> key.apply(tenant, k)).toList());
            List<String> written = new ArrayList<>();
            List<Map<String, AttributeValue>> items = new ArrayList<>();
            unique.forEach((k, v) -> {
                if (existing.containsKey(key.apply(tenant, k).get(Items.PK).s())) {
                    refused.put(k, new Problem.AlreadyExists(kind, k));
                } else {
                    written.add(k);
                    items.add(toItem.apply(tenant, withRevision.apply(v, Revision.INITIAL)));
                }
            });
            Batches.put(table, items);
            return Either.right(new BatchOutcome(written, refused));
        });
    }
}
