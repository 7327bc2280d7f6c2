package dev.portside.adapters.dynamodb.realtime;

import static dev.portside.adapters.dynamodb.realtime.Attributes.n;

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
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@link RequestQueue} on the requests table: item {@code pk = tenant#requestId}, ConnectionIndex
 * ({@code tenant#connection}) and StatusIndex ({@code tenant#STATUS}) sorted by {@code createdAt#id}.
 * A claim reads the oldest PENDING candidates from StatusIndex and starts the first one whose
 * conditional update ({@code status = PENDING} at the read revision) succeeds; losers move on.
 */
public final class DynamoRequestQueue implements RequestQueue {

    static final String CONNECTION_INDEX = "ConnectionIndex";
    static final String STATUS_INDEX = "StatusIndex";
    static final int CLAIM_CANDIDATES = 16;

    private final RequestItems mapper = new RequestItems();
    private final RevisionedTable<AsyncRequest> table;
    private final IndexQuery byConnection;
    private final IndexQuery byStatus;
    private final PendingClaims claims;
    private final Clock clock;
    private final CursorCodec cursors;

    public DynamoRequestQueue(DynamoDbClient client, RealtimeTables tables, Clock clock, CursorCodec cursors) {
        this.table = new RevisionedTable<>(client, tables.requests(), mapper, clock);
        this.byConnection = new IndexQuery(client, tables.requests(), CONNECTION_INDEX, RequestItems.CONNECTION_KEY);
        this.byStatus = new IndexQuery(client, tables.requests(), STATUS_INDEX, RequestItems.STATUS_KEY);
        this.claims = new PendingClaims(client, tables.requests(), byStatus, mapper);
        this.clock = clock;
        this.cursors = cursors;
    }

    @Override
    public Either<Problem, AsyncRequest> create(AsyncRequest request) {
        return table.create(request);
    }

    @Override
    public Either<Problem, Option<AsyncRequest>> find(TenantId tenant, RequestId id) {
        return table.find(tenant, id.value());
    }

    @Override
    public Either<Problem, AsyncRequest> save(AsyncRequest request) {
        return table.save(request);
    }

    @Override
    public Either<Problem, AsyncRequest> delete(AsyncRequest request) {
        return table.delete(request);
    }

    @Override
    public Either<Problem, Page<AsyncRequest>> byConnection(TenantId tenant, ConnectionId connection,
                                                            PageRequest page) {
        return byConnection.page(ItemMapper.pk(tenant, connection.value()), false, page, clock.instant(), cursors,
                tenant, "realtime.requests.byConnection|" + connection.value(), mapper::fromItem);
    }

    @Override
    public Either<Problem, Page<AsyncRequest>> byStatus(TenantId tenant, RequestStatus status, PageRequest page) {
        return byStatus.page(RequestItems.statusKey(tenant, status), true, page, clock.instant(), cursors, tenant,
                "realtime.requests.byStatus|" + status, mapper::fromItem);
    }

    @Override
    public Either<Problem, Option<AsyncRequest>> claimOldestPending(TenantId tenant, Instant now) {
        return DynamoErrors.guard(() -> claims.claim(tenant, clock.instant(), now));
    }

    @Override
    public Either<Problem, List<AsyncRequest>> expired(TenantId tenant) {
        return DynamoErrors.guard(() -> {
            List<AsyncRequest> found = new ArrayList<>();
            Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> values =
                    Map.of(":now", n(clock.instant().toEpochMilli()));
            for (RequestStatus status : RequestStatus.values()) {
                byStatus.all(RequestItems.statusKey(tenant, status), "#exp <= :now", values)
                        .forEach(item -> found.add(mapper.fromItem(item)));
            }
            return Either.right(found);
        });
    }
}
