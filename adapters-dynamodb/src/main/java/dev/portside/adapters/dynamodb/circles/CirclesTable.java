package dev.portside.adapters.dynamodb.circles;

import static dev.portside.adapters.dynamodb.support.Attributes.n;
import static dev.portside.adapters.dynamodb.support.Attributes.s;

import dev.portside.adapters.dynamodb.support.Batches;
import dev.portside.adapters.dynamodb.support.Guard;
import dev.portside.adapters.dynamodb.support.Pager;
import dev.portside.adapters.dynamodb.support.RevisionedWrites;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.TenantOwned;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The community single table: its name, and the support-layer writes, pages and batches bound to it, plus the
 * table's query shapes (a partition of the table by SK prefix, or of GSI1..GSI4) and its counter updates.
 */
public final class CirclesTable {

    final DynamoDbClient client;
    final String name;
    final RevisionedWrites writes;
    final Batches batches;
    private final Pager pager;

    public CirclesTable(DynamoDbClient client, String name, CursorCodec codec) {
        this.client = client;
        this.name = name;
        this.writes = new RevisionedWrites(client, name, Keys.PK, "revision", RevisionedWrites.Gone.NOT_FOUND);
        this.batches = new Batches(client);
        this.pager = new Pager(client, codec);
    }

    public String name() {
        return name;
    }

    /** One page of a table partition's items whose SK starts with {@code skPrefix}, in key order. */
    <T> Either<Problem, Page<T>> partition(String pk, String skPrefix, TenantId tenant, String fingerprint,
                                           PageRequest page, Predicate<Map<String, AttributeValue>> keep,
                                           Function<Map<String, AttributeValue>, T> mapper) {
        QueryRequest query = QueryRequest.builder().tableName(name).consistentRead(true)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :sk)")
                .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                .expressionAttributeValues(Map.of(":pk", s(pk), ":sk", s(skPrefix))).build();
        return pager.page(new Pager.Query(query, List.of(Keys.PK, Keys.SK), fingerprint, keep), tenant, page, mapper);
    }

    /** The keys of every item of a table partition whose SK starts with {@code skPrefix} (consistent reads). */
    Either<Problem, List<Map<String, AttributeValue>>> keys(String pk, String skPrefix) {
        return pager.all(QueryRequest.builder().tableName(name).consistentRead(true)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :sk)").projectionExpression("#pk, #sk")
                .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                .expressionAttributeValues(Map.of(":pk", s(pk), ":sk", s(skPrefix))).build(),
                item -> Keys.key(item.get(Keys.PK).s(), item.get(Keys.SK).s()));
    }

    /**
     * One page of a GSI partition ({@code GSI<n>PK = pk}) in GSI sort-key order, each item as the table holds it
     * now. An index is read eventually consistently and may lag behind the table, so the page's items are read
     * again from the table (consistent BatchGetItem): an item since deleted, or moved out of this partition, or no
     * longer kept, is left out (the page may then be shorter than asked), and the others show their present
     * values, never a stale revision or stale counts.
     */
    <T> Either<Problem, Page<T>> index(int gsi, String pk, boolean forward, TenantId tenant, String fingerprint,
                                       PageRequest page, Predicate<Map<String, AttributeValue>> keep,
                                       Function<Map<String, AttributeValue>, T> mapper) {
        String hash = "GSI" + gsi + "PK";
        String sort = "GSI" + gsi + "SK";
        QueryRequest query = QueryRequest.builder().tableName(name).indexName("GSI" + gsi)
                .keyConditionExpression("#pk = :pk").expressionAttributeNames(Map.of("#pk", hash))
                .expressionAttributeValues(Map.of(":pk", s(pk))).scanIndexForward(forward).build();
        return pager.page(new Pager.Query(query, List.of(Keys.PK, Keys.SK, hash, sort), fingerprint, keep), tenant,
                page, item -> item).flatMap(indexed -> batches.get(name, indexed.items().stream()
                        .map(item -> Keys.key(item.get(Keys.PK).s(), item.get(Keys.SK).s())).toList())
                .flatMap(fresh -> Guard.run(() -> {
                    Map<Map<String, AttributeValue>, Map<String, AttributeValue>> byKey = new HashMap<>();
                    fresh.forEach(item -> byKey.put(Keys.key(item.get(Keys.PK).s(), item.get(Keys.SK).s()), item));
                    List<T> now = new ArrayList<>();
                    for (Map<String, AttributeValue> item : indexed.items()) {
                        Map<String, AttributeValue> current = byKey.get(Keys.key(item.get(Keys.PK).s(),
                                item.get(Keys.SK).s()));
                        if (current != null && s(pk).equals(current.get(hash)) && keep.test(current)) {
                            now.add(mapper.apply(current));
                        }
                    }
                    return Either.right(new Page<>(now, indexed.next()));
                })));
    }

    /**
     * Adds the given numbers to an existing item's attributes and to its revision, and sets {@code updatedAt} (and
     * any further {@code times}) to {@code at}, exactly once (a one-item transaction whose retry after a lost reply
     * is not counted again); the item after it, none when the item does not exist.
     */
    Either<Problem, Option<Map<String, AttributeValue>>> add(Map<String, AttributeValue> key, Map<String, Long> deltas,
                                                             Instant at, String... times) {
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> adds = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Long> d : deltas.entrySet()) {
            names.put("#a" + i, d.getKey());
            values.put(":a" + i, n(d.getValue()));
            adds.add("#a" + i + " :a" + i);
            i++;
        }
        values.put(":one", n(1));
        values.put(":at", s(at.toString()));
        StringBuilder sets = new StringBuilder("updatedAt = :at");
        for (String t : times) {
            sets.append(", ").append(t).append(" = :at");
        }
        return writes.update(key, Update.builder()
                .updateExpression("ADD " + String.join(", ", adds) + ", revision :one SET " + sets)
                .conditionExpression("attribute_exists(PK)").expressionAttributeNames(names)
                .expressionAttributeValues(values).build());
    }

    /** Why a batch refuses an entry of another tenant than its own, if it does. */
    static Option<Problem> foreignTenant(TenantId batch, TenantOwned entry) {
        return entry.tenant().equals(batch) ? Option.none() : Option.some(Problem.Invalid.of("tenant",
                entry.tenant().value(), "differs from the batch's tenant " + batch.value()));
    }
}
