package dev.portside.adapters.dynamodb.realtime;

import dev.portside.adapters.dynamodb.support.Guard;
import dev.portside.adapters.dynamodb.support.Pager;
import dev.portside.adapters.dynamodb.support.RevisionedWrites;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.realtime.AsyncRequest;
import dev.portside.domain.realtime.RequestStatus;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The claim protocol: query a few live candidates, first from the sparse LeaseIndex those whose lease lapsed
 * (earliest lease end first, a key condition {@code leaseSort < now+1ms}), then from StatusIndex the oldest
 * {@code tenant#PENDING} ones; then, in that order, claim each with a PutItem conditional on the revision
 * that was read. The first write that succeeds is the claim; the index read only proposes (it may lag), the
 * conditional write decides. A failed condition means another worker won that one (or the index was
 * stale), so the next candidate is tried, and a fresh query follows an exhausted batch. A candidate refused once
 * is not tried again at the same revision: an index that lags behind the table keeps proposing it, and a round
 * that proposes nothing new answers "nothing to claim" (the requests the index has not caught up with are claimed
 * by a later call).
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

    Either<Problem, Option<AsyncRequest>> claim(TenantId tenant, Instant now, Duration lease) {
        Set<String> refused = new HashSet<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Either<Problem, List<AsyncRequest>> candidates = candidates(tenant, now);
            if (candidates.isLeft()) {
                return Either.left(candidates.getLeft());
            }
            boolean tried = false;
            for (AsyncRequest current : candidates.get()) {
                Either<Problem, AsyncRequest> claimed = current.claim(now, lease);
                if (claimed.isLeft() || !refused.add(current.id().value() + "@" + current.revision().value())) {
                    continue;
                }
                tried = true;
                Either<Problem, AsyncRequest> won = writes.save(mapper, claimed.get());
                if (won.isRight()) {
                    return Either.right(Option.some(won.get()));
                }
                if (!(won.getLeft() instanceof Problem.Conflict || won.getLeft() instanceof Problem.NotFound)) {
                    return Either.left(won.getLeft());
                }
            }
            if (!tried) {
                return Either.right(Option.none());
            }
        }
        return Either.left(new Problem.Unavailable(Guard.BACKEND, true,
                "PutItem: every claimable candidate was taken by other workers " + MAX_ROUNDS + " times in a row"));
    }

    /**
     * The requests whose lease lapsed by {@code now} (earliest lease end first; LeaseIndex holds only PROCESSING
     * requests), then the oldest PENDING ones: the in-memory order.
     */
    private Either<Problem, List<AsyncRequest>> candidates(TenantId tenant, Instant now) {
        Either<Problem, List<AsyncRequest>> lapsed = pager.first(queries.liveBelow(DynamoRequestQueue.LEASE_INDEX,
                RequestItems.LEASE_KEY, tenant.value(), RequestItems.LEASE_SORT,
                String.format("%013d", now.toEpochMilli() + 1)), DynamoRequestQueue.CLAIM_CANDIDATES, mapper::fromItem);
        Either<Problem, List<AsyncRequest>> pending = pager.first(queries.live(tenant, DynamoRequestQueue.STATUS_INDEX,
                RequestItems.STATUS_KEY, RequestItems.statusKey(tenant, RequestStatus.PENDING), true, "").request(),
                DynamoRequestQueue.CLAIM_CANDIDATES, mapper::fromItem);
        return lapsed.flatMap(l -> pending.map(p -> {
            List<AsyncRequest> all = new ArrayList<>(l);
            all.addAll(p);
            return all;
        }));
    }
}
