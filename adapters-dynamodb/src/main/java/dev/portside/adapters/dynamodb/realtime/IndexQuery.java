package dev.portside.adapters.dynamodb.realtime;

import static dev.portside.adapters.dynamodb.realtime.Attributes.EXPIRES;
import static dev.portside.adapters.dynamodb.realtime.Attributes.PK;
import static dev.portside.adapters.dynamodb.realtime.Attributes.SORT;
import static dev.portside.adapters.dynamodb.realtime.Attributes.n;
import static dev.portside.adapters.dynamodb.realtime.Attributes.s;

import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Queries one partition of a GSI ({@code hash = value}, ordered by {@code sortKey}) with a filter,
 * reading on until a page holds exactly {@code limit} items or the partition ends. The cursor signs
 * the last returned sort key; the next page starts right after it.
 */
final class IndexQuery {

    private final DynamoDbClient client;
    private final String table;
    private final String index;
    private final String hashName;

    IndexQuery(DynamoDbClient client, String table, String index, String hashName) {
        this.client = client;
        this.table = table;
        this.index = index;
        this.hashName = hashName;
    }

    /** One page of live items (expiry after {@code now}). */
    <T> Either<Problem, Page<T>> page(String hashValue, boolean forward, PageRequest request, Instant now,
                                      CursorCodec cursors, TenantId tenant, String query,
                                      Function<Map<String, AttributeValue>, T> map) {
        Option<Map<String, AttributeValue>> start = Option.none();
        if (request.after().isDefined()) {
            Either<Problem, String> position = cursors.decode(request.after().get(), tenant, query);
            if (position.isLeft()) {
                return Either.left(position.getLeft());
            }
            start = Option.some(startKey(tenant, hashValue, position.get()));
        }
        Option<Map<String, AttributeValue>> from = start;
        return DynamoErrors.guard(() -> {
            List<Map<String, AttributeValue>> items = read(hashValue, forward, "#exp > :now",
                    Map.of(":now", n(now.toEpochMilli())), from, request.limit() + 1);
            if (items.size() <= request.limit()) {
                return Either.right(Page.last(items.stream().map(map).toList()));
            }
            List<Map<String, AttributeValue>> taken = items.subList(0, request.limit());
            String last = taken.get(taken.size() - 1).get(SORT).s();
            return Either.right(new Page<>(taken.stream().map(map).toList(),
                    Option.some(cursors.encode(tenant, query, last))));
        });
    }

    /** Every item of the partition passing {@code filter} (a maintenance read; may be long). */
    List<Map<String, AttributeValue>> all(String hashValue, String filter, Map<String, AttributeValue> values) {
        return read(hashValue, true, filter, values, Option.none(), Integer.MAX_VALUE);
    }

    /** Up to {@code wanted} items passing the filter, in index order, from {@code start}. */
    List<Map<String, AttributeValue>> read(String hashValue, boolean forward, String filter,
                                           Map<String, AttributeValue> filterValues,
                                           Option<Map<String, AttributeValue>> start, int wanted) {
        Map<String, AttributeValue> values = new HashMap<>(filterValues);
        values.put(":h", s(hashValue));
        Map<String, String> names = Map.of("#h", hashName, "#exp", EXPIRES);
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        Map<String, AttributeValue> next = start.getOrNull();
        do {
            int batch = (int) Math.min(1000, Math.max(1, (long) wanted - out.size()));
            QueryRequest.Builder query = QueryRequest.builder().tableName(table).indexName(index)
                    .keyConditionExpression("#h = :h").filterExpression(filter)
                    .expressionAttributeNames(names).expressionAttributeValues(values)
                    .scanIndexForward(forward).limit(batch);
            if (next != null) {
                query.exclusiveStartKey(next);
            }
            QueryResponse response = client.query(query.build());
            for (Map<String, AttributeValue> item : response.items()) {
                if (out.size() < wanted) {
                    out.add(item);
                }
            }
            next = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (next != null && out.size() < wanted);
        return out;
    }

    private Map<String, AttributeValue> startKey(TenantId tenant, String hashValue, String sortKey) {
        Map<String, AttributeValue> key = new HashMap<>();
        key.put(PK, s(ItemMapper.pk(tenant, Attributes.idOfSortKey(sortKey))));
        key.put(hashName, s(hashValue));
        key.put(SORT, s(sortKey));
        return key;
    }
}
