package dev.portside.adapters.dynamodb.realtime;

import static dev.portside.adapters.dynamodb.realtime.Attributes.PK;
import static dev.portside.adapters.dynamodb.realtime.Attributes.REVISION;
import static dev.portside.adapters.dynamodb.realtime.Attributes.n;
import static dev.portside.adapters.dynamodb.realtime.Attributes.s;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * Create / find / save / delete of one aggregate per item, keyed {@code tenant#id}: create is
 * {@code attribute_not_exists(pk)}, save and delete are conditional on the stored revision, and a
 * failed condition is told apart (missing → NotFound, else Conflict) by a consistent read.
 */
final class RevisionedTable<T> {

    private final DynamoDbClient client;
    private final String table;
    private final ItemMapper<T> mapper;
    private final Clock clock;

    RevisionedTable(DynamoDbClient client, String table, ItemMapper<T> mapper, Clock clock) {
        this.client = client;
        this.table = table;
        this.mapper = mapper;
        this.clock = clock;
    }

    Either<Problem, T> create(T value) {
        return DynamoErrors.guard(() -> {
            try {
                client.putItem(b -> b.tableName(table).item(mapper.toItem(value))
                        .conditionExpression("attribute_not_exists(#pk)").expressionAttributeNames(Map.of("#pk", PK)));
                return Either.right(value);
            } catch (ConditionalCheckFailedException e) {
                return Either.left(new Problem.AlreadyExists(mapper.kind(), mapper.id(value)));
            }
        });
    }

    /** The live item, or none when missing or expired. */
    Either<Problem, Option<T>> find(TenantId tenant, String id) {
        return DynamoErrors.guard(() -> Either.right(read(tenant, id)
                .filter(item -> Attributes.live(item, clock.instant()))
                .map(mapper::fromItem)));
    }

    Either<Problem, T> save(T value) {
        T saved = mapper.withRevision(value, mapper.revision(value).next());
        return DynamoErrors.guard(() -> {
            try {
                client.putItem(b -> b.tableName(table).item(mapper.toItem(saved))
                        .conditionExpression("#rev = :expected")
                        .expressionAttributeNames(Map.of("#rev", REVISION))
                        .expressionAttributeValues(Map.of(":expected", n(mapper.revision(value).value()))));
                return Either.right(saved);
            } catch (ConditionalCheckFailedException e) {
                return Either.left(whyRefused(value));
            }
        });
    }

    Either<Problem, T> delete(T value) {
        return DynamoErrors.guard(() -> {
            try {
                client.deleteItem(b -> b.tableName(table).key(key(mapper.tenant(value), mapper.id(value)))
                        .conditionExpression("#rev = :expected")
                        .expressionAttributeNames(Map.of("#rev", REVISION))
                        .expressionAttributeValues(Map.of(":expected", n(mapper.revision(value).value()))));
                return Either.right(value);
            } catch (ConditionalCheckFailedException e) {
                return Either.left(whyRefused(value));
            }
        });
    }

    /** After a failed revision condition: NotFound when the item is gone, else Conflict with both revisions. */
    Problem whyRefused(T value) {
        Option<Map<String, AttributeValue>> stored = read(mapper.tenant(value), mapper.id(value));
        if (stored.isEmpty()) {
            return new Problem.NotFound(mapper.kind(), mapper.id(value));
        }
        return new Problem.Conflict(mapper.kind(), mapper.id(value), mapper.revision(value),
                new Revision(Attributes.number(stored.get(), REVISION)));
    }

    Map<String, AttributeValue> key(TenantId tenant, String id) {
        Map<String, AttributeValue> key = new HashMap<>();
        key.put(PK, s(ItemMapper.pk(tenant, id)));
        return key;
    }

    private Option<Map<String, AttributeValue>> read(TenantId tenant, String id) {
        GetItemResponse response = client.getItem(b -> b.tableName(table).key(key(tenant, id)).consistentRead(true));
        return response.hasItem() && !response.item().isEmpty() ? Option.some(response.item()) : Option.none();
    }
}
