package dev.portside.adapters.dynamodb.realtime;

import static dev.portside.adapters.dynamodb.realtime.RealtimeTables.EXPIRES;
import static dev.portside.adapters.dynamodb.realtime.RealtimeTables.PK;
import static dev.portside.adapters.dynamodb.realtime.RealtimeTables.SORT;
import static dev.portside.adapters.dynamodb.support.Attributes.n;
import static dev.portside.adapters.dynamodb.support.Attributes.s;
import static dev.portside.adapters.dynamodb.support.Attributes.tenantKey;

import dev.portside.adapters.dynamodb.support.Pager;
import dev.portside.adapters.dynamodb.support.RevisionedWrites;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The read shapes of a realtime table: one partition of a GSI in {@code sortKey} order, holding live items only
 * (expiry after now) or passing a maintenance filter, and one live item by id.
 */
final class RealtimeQueries {

    private final String table;
    private final Clock clock;

    RealtimeQueries(String table, Clock clock) {
        this.table = table;
        this.clock = clock;
    }

    /**
     * The live items of {@code index}'s partition {@code hashName = hashValue}, paged under {@code fingerprint}; a
     * cursor holds the last item's {@code sortKey} (which ends with its id), as the in-memory store's does.
     */
    Pager.Query live(TenantId tenant, String index, String hashName, String hashValue, boolean forward,
                     String fingerprint) {
        QueryRequest request = filtered(index, hashName, hashValue, "#exp > :now",
                Map.of(":now", n(clock.instant().toEpochMilli()))).toBuilder().scanIndexForward(forward).build();
        return new Pager.Query(request, new Pager.Position() {
            @Override
            public String of(Map<String, AttributeValue> item) {
                return item.get(SORT).s();
            }

            @Override
            public Either<Problem, Map<String, AttributeValue>> startKey(String sortKey) {
                return Either.right(Map.of(PK, s(tenantKey(tenant, RealtimeTables.idOfSortKey(sortKey))),
                        hashName, s(hashValue), SORT, s(sortKey)));
            }
        }, fingerprint, item -> true);
    }

    /** The items of {@code index}'s partition passing {@code filter} (which may name the expiry as {@code #exp}). */
    QueryRequest filtered(String index, String hashName, String hashValue, String filter,
                          Map<String, AttributeValue> filterValues) {
        Map<String, AttributeValue> values = new HashMap<>(filterValues);
        values.put(":h", s(hashValue));
        return QueryRequest.builder().tableName(table).indexName(index).keyConditionExpression("#h = :h")
                .filterExpression(filter).expressionAttributeNames(Map.of("#h", hashName, "#exp", EXPIRES))
                .expressionAttributeValues(values).build();
    }

    /**
     * The live items of {@code index}'s partition {@code hashName = hashValue}
     * whose range key sorts below {@code bound}.
     */
    QueryRequest liveBelow(String index, String hashName, String hashValue, String rangeName, String bound) {
        return QueryRequest.builder().tableName(table).indexName(index)
                .keyConditionExpression("#h = :h AND #r < :bound")
                .filterExpression("#exp > :now")
                .expressionAttributeNames(Map.of("#h", hashName, "#r", rangeName, "#exp", EXPIRES))
                .expressionAttributeValues(Map.of(":h", s(hashValue), ":bound", s(bound),
                        ":now", n(clock.instant().toEpochMilli()))).build();
    }

    /** The live item with this id, or none when it is missing or expired. */
    <T> Either<Problem, Option<T>> find(RevisionedWrites writes, ItemMapper<T> mapper, TenantId tenant, String id) {
        return writes.read(ItemMapper.key(tenant, id), item -> RealtimeTables.live(item, clock.instant())
                ? Option.some(mapper.fromItem(item)) : Option.<T>none()).map(found -> found.flatMap(o -> o));
    }
}
