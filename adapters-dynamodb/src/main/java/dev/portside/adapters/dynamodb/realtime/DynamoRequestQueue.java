package dev.portside.adapters.dynamodb.realtime;

import static dev.portside.adapters.dynamodb.support.Attributes.n;
import static dev.portside.adapters.dynamodb.support.Attributes.tenantKey;

import dev.portside.adapters.dynamodb.support.Pager;
import dev.portside.adapters.dynamodb.support.RevisionedWrites;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.realtime.AsyncRequest;
import dev.portside.domain.realtime.ConnectionId;
import dev.portside.domain.realtime.RequestId;
import dev.portside.domain.realtime.RequestQueue;
import dev.portside.domain.realtime.RequestStatus;
import io.vavr.collection.Stream;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@link RequestQueue} on the requests table: item {@code pk = tenant#requestId}, ConnectionIndex
 * ({@code tenant#connection}) and StatusIndex ({@code tenant#STATUS}) sorted by {@code createdAt#id}.
 * A claim ({@link PendingClaims}) reads lease-lapsed candidates from the sparse LeaseIndex and the oldest
 * PENDING ones from StatusIndex, and claims the first one whose write conditional on the read revision
 * succeeds; losers move on.
 */
public final class DynamoRequestQueue implements RequestQueue {

    static final String CONNECTION_INDEX = "ConnectionIndex";
    static final String STATUS_INDEX = "StatusIndex";
    static final String LEASE_INDEX = "LeaseIndex";
    static final int CLAIM_CANDIDATES = 16;

    private final RequestItems mapper = new RequestItems();
    private final RevisionedWrites writes;
    private final RealtimeQueries queries;
    private final Pager pager;
    private final PendingClaims claims;
    private final Clock clock;

    public DynamoRequestQueue(DynamoDbClient client, RealtimeTables tables, Clock clock, CursorCodec cursors) {
        this.writes = new RevisionedWrites(client, tables.requests(), RealtimeTables.PK, RealtimeTables.REVISION,
                RevisionedWrites.Gone.NOT_FOUND);
        this.queries = new RealtimeQueries(tables.requests(), clock);
        this.pager = new Pager(client, cursors);
        this.claims = new PendingClaims(writes, queries, pager, mapper);
        this.clock = clock;
    }

    @Override
    public Either<Problem, AsyncRequest> create(AsyncRequest request) {
        return writes.create(mapper, request);
    }

    @Override
    public Either<Problem, Option<AsyncRequest>> find(TenantId tenant, RequestId id) {
        return queries.find(writes, mapper, tenant, id.value());
    }

    @Override
    public Either<Problem, AsyncRequest> save(AsyncRequest request) {
        return writes.save(mapper, request);
    }

    @Override
    public Either<Problem, AsyncRequest> delete(AsyncRequest request) {
        return writes.delete(mapper, request);
    }

    @Override
    public Either<Problem, Page<AsyncRequest>> byConnection(TenantId tenant, ConnectionId connection,
                                                            PageRequest page) {
        return pager.page(queries.live(tenant, CONNECTION_INDEX, RequestItems.CONNECTION_KEY,
                tenantKey(tenant, connection.value()), false, "realtime.requests.byConnection|" + connection.value()),
                tenant, page, mapper::fromItem);
    }

    @Override
    public Either<Problem, Page<AsyncRequest>> byStatus(TenantId tenant, RequestStatus status, PageRequest page) {
        return pager.page(queries.live(tenant, STATUS_INDEX, RequestItems.STATUS_KEY, RequestItems.statusKey(tenant, status),
                true, "realtime.requests.byStatus|" + status), tenant, page, mapper::fromItem);
    }

    @Override
    public Either<Problem, Option<AsyncRequest>> claimOldestPending(TenantId tenant, Instant now, Duration lease) {
        return claims.claim(tenant, now, lease);
    }

    @Override
    public Either<Problem, List<AsyncRequest>> expired(TenantId tenant) {
        Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> values =
                Map.of(":now", n(clock.instant().toEpochMilli()));
        return Either.sequence(Stream.of(RequestStatus.values()).map(status -> pager.all(queries.filtered(STATUS_INDEX,
                        RequestItems.STATUS_KEY, RequestItems.statusKey(tenant, status), "#exp <= :now", values),
                        mapper::fromItem)))
                .map(lists -> lists.flatMap(l -> l).toJavaList())
                .mapLeft(problems -> problems.head());
    }
}
