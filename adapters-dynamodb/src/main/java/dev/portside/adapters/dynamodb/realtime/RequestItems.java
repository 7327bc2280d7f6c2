package dev.portside.adapters.dynamodb.realtime;

import static dev.portside.adapters.dynamodb.realtime.RealtimeTables.EXPIRES;
import static dev.portside.adapters.dynamodb.realtime.RealtimeTables.PK;
import static dev.portside.adapters.dynamodb.realtime.RealtimeTables.REVISION;
import static dev.portside.adapters.dynamodb.realtime.RealtimeTables.SORT;
import static dev.portside.adapters.dynamodb.realtime.RealtimeTables.TENANT;
import static dev.portside.adapters.dynamodb.realtime.RealtimeTables.TTL;
import static dev.portside.adapters.dynamodb.support.Attributes.instant;
import static dev.portside.adapters.dynamodb.support.Attributes.millis;
import static dev.portside.adapters.dynamodb.support.Attributes.n;
import static dev.portside.adapters.dynamodb.support.Attributes.number;
import static dev.portside.adapters.dynamodb.support.Attributes.optionalInstant;
import static dev.portside.adapters.dynamodb.support.Attributes.optionalString;
import static dev.portside.adapters.dynamodb.support.Attributes.s;
import static dev.portside.adapters.dynamodb.support.Attributes.string;
import static dev.portside.adapters.dynamodb.support.Attributes.tenantKey;
import static dev.portside.adapters.dynamodb.support.Attributes.ttl;

import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.realtime.AsyncRequest;
import dev.portside.domain.realtime.ConnectionId;
import dev.portside.domain.realtime.JsonPayload;
import dev.portside.domain.realtime.Progress;
import dev.portside.domain.realtime.RequestId;
import dev.portside.domain.realtime.RequestStatus;
import dev.portside.domain.kernel.UserId;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * AsyncRequest ↔ item of the requests table (ConnectionIndex on {@code connKey}, StatusIndex on
 * {@code statusKey = tenant#STATUS}, both sorted by {@code sortKey = createdAt#id}); a claim's lease is
 * {@code claimedUntilMs}, its fencing token the {@code attempts} count, and while PROCESSING the item is in the
 * sparse LeaseIndex ({@code leaseKey = tenant} → {@code leaseSort = claimedUntil#id}).
 */
final class RequestItems implements ItemMapper<AsyncRequest> {

    static final String CONNECTION_KEY = "connKey";
    static final String STATUS_KEY = "statusKey";
    static final String STATUS = "status";
    static final String CLAIMED_UNTIL = "claimedUntilMs";
    static final String LEASE_KEY = "leaseKey";
    static final String LEASE_SORT = "leaseSort";

    @Override
    public String kind() {
        return "request";
    }

    @Override
    public TenantId tenant(AsyncRequest value) {
        return value.tenant();
    }

    @Override
    public String id(AsyncRequest value) {
        return value.id().value();
    }

    @Override
    public Revision revision(AsyncRequest value) {
        return value.revision();
    }

    @Override
    public AsyncRequest withRevision(AsyncRequest value, Revision revision) {
        return value.withRevision(revision);
    }

    static String statusKey(TenantId tenant, RequestStatus status) {
        return tenant.value() + "#" + status.name();
    }

    @Override
    public Map<String, AttributeValue> toItem(AsyncRequest r) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(PK, s(tenantKey(r.tenant(), r.id().value())));
        item.put(TENANT, s(r.tenant().value()));
        item.put("requestId", s(r.id().value()));
        item.put("connectionId", s(r.connection().value()));
        item.put(CONNECTION_KEY, s(tenantKey(r.tenant(), r.connection().value())));
        item.put("userId", s(r.user().value()));
        item.put("action", s(r.action()));
        item.put("payload", s(r.payload().json()));
        item.put(STATUS, s(r.status().name()));
        item.put(STATUS_KEY, s(statusKey(r.tenant(), r.status())));
        item.put(SORT, s(RealtimeTables.sortKey(r.createdAt(), r.id().value())));
        item.put("progress", n(r.progress().percent()));
        r.progressMessage().forEach(m -> item.put("progressMessage", s(m)));
        r.result().forEach(j -> item.put("result", s(j.json())));
        r.error().forEach(e -> item.put("error", s(e)));
        item.put("createdAt", millis(r.createdAt()));
        r.startedAt().forEach(t -> item.put("startedAt", millis(t)));
        r.completedAt().forEach(t -> item.put("completedAt", millis(t)));
        item.put("attempts", n(r.attempts()));
        r.claimedUntil().forEach(t -> item.put(CLAIMED_UNTIL, millis(t)));
        if (r.status() == RequestStatus.PROCESSING && r.claimedUntil().isDefined()) {
            item.put(LEASE_KEY, s(r.tenant().value()));
            item.put(LEASE_SORT, s(RealtimeTables.sortKey(r.claimedUntil().get(), r.id().value())));
        }
        item.put(EXPIRES, millis(r.expiresAt()));
        item.put(TTL, ttl(r.expiresAt()));
        item.put(REVISION, n(r.revision().value()));
        return item;
    }

    @Override
    public AsyncRequest fromItem(Map<String, AttributeValue> item) {
        return new AsyncRequest(new RequestId(string(item, "requestId")), new TenantId(string(item, TENANT)),
                new ConnectionId(string(item, "connectionId")), new UserId(string(item, "userId")),
                string(item, "action"), new JsonPayload(string(item, "payload")),
                RequestStatus.valueOf(string(item, STATUS)), new Progress((int) number(item, "progress")),
                optionalString(item, "progressMessage"), optionalString(item, "result").map(JsonPayload::new),
                optionalString(item, "error"), instant(item, "createdAt"), optionalInstant(item, "startedAt"),
                optionalInstant(item, "completedAt"), (int) number(item, "attempts"),
                optionalInstant(item, CLAIMED_UNTIL), instant(item, EXPIRES),
                new Revision(number(item, REVISION)));
    }
}
