package dev.portside.adapters.dynamodb.circles;

import dev.portside.domain.kernel.Cursor;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * One partition of the table or of a GSI, read in key order and filtered, until exactly {@code limit} items (plus one
 * to know whether more exist) are found or the partition ends. The cursor is the signed key of the last item returned.
 */
record PagedQuery(String index, String pkAttribute, String pkValue, String skAttribute, String skPrefix,
                  boolean forward) {

    static PagedQuery table(String pk, String skPrefix) {
        return new PagedQuery(null, Items.PK, pk, Items.SK, skPrefix, true);
    }

    static PagedQuery index(int gsi, String pk, boolean forward) {
        return new PagedQuery("GSI" + gsi, "GSI" + gsi + "PK", pk, "GSI" + gsi + "SK", null, forward);
    }

    <T> Either<Problem, Page<T>> run(CirclesTable table, TenantId tenant, String fingerprint, PageRequest page,
                                     Predicate<Map<String, AttributeValue>> filter,
                                     Function<Map<String, AttributeValue>, T> mapper) {
        List<String> keyNames = index == null ? List.of(Items.PK, Items.SK)
                : List.of(Items.PK, Items.SK, pkAttribute, skAttribute);
        Either<Problem, Map<String, AttributeValue>> start = page.after().isEmpty() ? Either.right(null)
                : table.codec.decode(page.after().get(), tenant, fingerprint).map(p -> decode(keyNames, p));
        return start.flatMap(first -> table.guard(() -> {
            List<Map<String, AttributeValue>> found = new ArrayList<>();
            Map<String, AttributeValue> from = first;
            do {
                QueryResponse response = table.client.query(request(table.name, from,
                        Math.max(page.limit() + 1 - found.size(), 10)));
                for (Map<String, AttributeValue> item : response.items()) {
                    if (found.size() <= page.limit() && filter.test(item)) {
                        found.add(item);
                    }
                }
                from = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                        ? response.lastEvaluatedKey() : null;
            } while (from != null && found.size() <= page.limit());
            boolean more = found.size() > page.limit();
            List<Map<String, AttributeValue>> items = more ? found.subList(0, page.limit()) : found;
            Option<Cursor> next = more ? Option.of(table.codec.encode(tenant, fingerprint,
                    encode(keyNames, items.get(items.size() - 1)))) : Option.none();
            return Either.right(new Page<>(items.stream().map(mapper).toList(), next));
        }));
    }

    private QueryRequest request(String tableName, Map<String, AttributeValue> from, int limit) {
        Map<String, String> names = new HashMap<>(Map.of("#pk", pkAttribute));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", Items.s(pkValue)));
        String condition = "#pk = :pk";
        if (skPrefix != null) {
            names.put("#sk", skAttribute);
            values.put(":sk", Items.s(skPrefix));
            condition += " AND begins_with(#sk, :sk)";
        }
        return QueryRequest.builder().tableName(tableName).indexName(index).keyConditionExpression(condition)
                .expressionAttributeNames(names).expressionAttributeValues(values).scanIndexForward(forward)
                .consistentRead(index == null).exclusiveStartKey(from).limit(limit).build();
    }

    private static String encode(List<String> names, Map<String, AttributeValue> item) {
        return String.join("\n", names.stream().map(n -> item.get(n).s()).toList());
    }

    private static Map<String, AttributeValue> decode(List<String> names, String position) {
        String[] parts = position.split("\n", -1);
        if (parts.length != names.size()) {
            throw new IllegalArgumentException("cursor position does not fit this query");
        }
        Map<String, AttributeValue> key = new HashMap<>();
        for (int i = 0; i < parts.length; i++) {
            key.put(names.get(i), Items.s(parts[i]));
        }
        return key;
    }
}
