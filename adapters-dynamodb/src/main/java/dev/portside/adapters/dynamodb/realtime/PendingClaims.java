package dev.portside.adapters.dynamodb.realtime;

import static dev.portside.adapters.dynamodb.realtime.Attributes.PK;
import static dev.portside.adapters.dynamodb.realtime.Attributes.REVISION;
import static dev.portside.adapters.dynamodb.realtime.Attributes.millis;
import static dev.portside.adapters.dynamodb.realtime.Attributes.n;
import static dev.portside.adapters.dynamodb.realtime.Attributes.s;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.realtime.AsyncRequest;
import dev.portside.domain.realtime.RequestStatus;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The claim protocol: query StatusIndex ({@code tenant#PENDING}, oldest first, live only) for a few
 * candidates, then for each a conditional UpdateItem to PROCESSING guarded by {@code status = PENDING}
 * and the read revision. The first update that succeeds is the claim; a failed condition means another
 * worker won that one, so the next candidate is tried, and a fresh query follows an exhausted batch.
 */
final class PendingClaims {

    static final int MAX_ROUNDS = 200;

    private final DynamoDbClient client;
    private final String table;
    private final IndexQuery statusIndex;
    private final RequestItems mapper;

    PendingClaims(DynamoDbClient client, String table, IndexQuery statusIndex, RequestItems mapper) {
        this.client = client;
        this.table = table;
        this.statusIndex = statusIndex;
        this.mapper = mapper;
    }

    Either<Problem, Option<AsyncRequest>> claim(TenantId tenant, Instant visibleAt, Instant startedAt) {
        String pending = RequestItems.statusKey(tenant, RequestStatus.PENDING);
        Map<String, AttributeValue> live = Map.of(":now", n(visibleAt.toEpochMilli()));
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Map<String, AttributeValue>> candidates = statusIndex.read(pending, true, "#exp > :now", live,
                    Option.none(), DynamoRequestQueue.CLAIM_CANDIDATES);
            if (candidates.isEmpty()) {
                return Either.right(Option.none());
            }
            for (Map<String, AttributeValue> candidate : candidates) {
                AsyncRequest current = mapper.fromItem(candidate);
                Either<Problem, AsyncRequest> started = current.start(startedAt);
                if (started.isRight() && tryStart(started.get(), current)) {
                    return Either.right(Option.some(started.get().withRevision(current.revision().next())));
                }
            }
        }
        return Either.left(new Problem.Unavailable(DynamoErrors.BACKEND, true,
                "every PENDING candidate was taken by other workers " + MAX_ROUNDS + " times in a row"));
    }

    private boolean tryStart(AsyncRequest started, AsyncRequest read) {
        try {
            client.updateItem(b -> b.tableName(table)
                    .key(Map.of(PK, s(ItemMapper.pk(read.tenant(), read.id().value()))))
                    .updateExpression("SET #st = :processing, #sk = :statusKey, startedAt = :started, "
                            + "attempts = :attempts, #rev = :next")
                    .conditionExpression("#st = :pending AND #rev = :read")
                    .expressionAttributeNames(Map.of("#st", RequestItems.STATUS, "#sk", RequestItems.STATUS_KEY,
                            "#rev", REVISION))
                    .expressionAttributeValues(Map.of(
                            ":processing", s(RequestStatus.PROCESSING.name()),
                            ":pending", s(RequestStatus.PENDING.name()),
                            ":statusKey", s(RequestItems.statusKey(read.tenant(), RequestStatus.PROCESSING)),
                            ":started", millis(started.startedAt().get()),
                            ":attempts", n(started.attempts()),
                            ":read", n(read.revision().value()),
                            ":next", n(read.revision().next().value()))));
            return true;
        } catch (ConditionalCheckFailedException lost) {
            return false;
        }
    }
}
