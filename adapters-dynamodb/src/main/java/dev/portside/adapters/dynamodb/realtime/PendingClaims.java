package dev.portside.adapters.dynamodb.realtime;

import static dev.portside.adapters.dynamodb.realtime.RealtimeTables.REVISION;
import static dev.portside.adapters.dynamodb.support.Attributes.millis;
import static dev.portside.adapters.dynamodb.support.Attributes.n;
import static dev.portside.adapters.dynamodb.support.Attributes.s;

import dev.portside.adapters.dynamodb.support.Guard;
import dev.portside.adapters.dynamodb.support.Pager;
import dev.portside.adapters.dynamodb.support.RevisionedWrites;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.realtime.AsyncRequest;
import dev.portside.domain.realtime.RequestStatus;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The claim protocol: query StatusIndex ({@code tenant#PENDING}, oldest first, live only) for a few
 * candidates, then for each a conditional UpdateItem to PROCESSING guarded by {@code status = PENDING}
 * and the read revision. The first update that succeeds is the claim; a failed condition means another
 * worker won that one, so the next candidate is tried, and a fresh query follows an exhausted batch.
 */
final class PendingClaims {

    static final int MAX_ROUNDS = 200;

    private final RevisionedWrites writes;
    private final RealtimeQueries queries;
    private final Pager pager;
    private final RequestItems mapper;

    PendingClaims(RevisionedWrites writes, RealtimeQueries queries, Pager pager, RequestItems mapper) {
        this.writes = writes;
        this.queries = queries;
        this.pager = pager;
        this.mapper = mapper;
    }

    Either<Problem, Option<AsyncRequest>> claim(TenantId tenant, Instant startedAt) {
        String pending = RequestItems.statusKey(tenant, RequestStatus.PENDING);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Either<Problem, List<AsyncRequest>> candidates = pager.first(queries.live(tenant, DynamoRequestQueue.STATUS_INDEX,
                    RequestItems.STATUS_KEY, pending, true, "").request(), DynamoRequestQueue.CLAIM_CANDIDATES,
                    mapper::fromItem);
            if (candidates.isLeft()) {
                return Either.left(candidates.getLeft());
            }
            if (candidates.get().isEmpty()) {
                return Either.right(Option.none());
            }
            for (AsyncRequest current : candidates.get()) {
                Either<Problem, AsyncRequest> started = current.start(startedAt);
                if (started.isLeft()) {
                    continue;
                }
                Either<Problem, Boolean> won = tryStart(started.get(), current);
                if (won.isLeft()) {
                    return Either.left(won.getLeft());
                }
                if (won.get()) {
                    return Either.right(Option.some(started.get().withRevision(current.revision().next())));
                }
            }
        }
        return Either.left(new Problem.Unavailable(Guard.BACKEND, true,
                "UpdateItem: every PENDING candidate was taken by other workers " + MAX_ROUNDS + " times in a row"));
    }

    private Either<Problem, Boolean> tryStart(AsyncRequest started, AsyncRequest read) {
        return writes.update(UpdateItemRequest.builder()
                .key(ItemMapper.key(read.tenant(), read.id().value()))
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
                        ":next", n(read.revision().next().value()))).build())
                .map(Option::isDefined);
    }
}
