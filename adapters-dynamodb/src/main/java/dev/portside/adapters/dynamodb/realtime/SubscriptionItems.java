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
import static dev.portside.adapters.dynamodb.support.Attributes.s;
import static dev.portside.adapters.dynamodb.support.Attributes.string;
import static dev.portside.adapters.dynamodb.support.Attributes.tenantKey;
import static dev.portside.adapters.dynamodb.support.Attributes.ttl;

import dev.portside.adapters.dynamodb.support.Attributes;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.realtime.ConnectionId;
import dev.portside.domain.realtime.RequestId;
import dev.portside.domain.realtime.Subscription;
import dev.portside.domain.realtime.SubscriptionId;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Subscription ↔ item of the subscriptions table (ConnectionIndex on {@code connKey}, RequestIndex on {@code requestKey}). */
final class SubscriptionItems implements ItemMapper<Subscription> {

    static final String CONNECTION_KEY = "connKey";
    static final String REQUEST_KEY = "requestKey";

    @Override
    public String kind() {
        return "subscription";
    }

    @Override
    public TenantId tenant(Subscription value) {
        return value.tenant();
    }

    @Override
    public String id(Subscription value) {
        return value.id().value();
    }

    @Override
    public Revision revision(Subscription value) {
        return value.revision();
    }

    @Override
    public Subscription withRevision(Subscription value, Revision revision) {
        return value.withRevision(revision);
    }

    @Override
    public Map<String, AttributeValue> toItem(Subscription v) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(PK, s(tenantKey(v.tenant(), v.id().value())));
        item.put(TENANT, s(v.tenant().value()));
        item.put("subscriptionId", s(v.id().value()));
        item.put("connectionId", s(v.connection().value()));
        item.put("requestId", s(v.request().value()));
        item.put(CONNECTION_KEY, s(tenantKey(v.tenant(), v.connection().value())));
        item.put(REQUEST_KEY, s(tenantKey(v.tenant(), v.request().value())));
        item.put(SORT, s(RealtimeTables.sortKey(v.createdAt(), v.id().value())));
        item.put("eventTypes", AttributeValue.fromL(v.eventTypes().stream().map(Attributes::s).toList()));
        item.put("createdAt", millis(v.createdAt()));
        item.put(EXPIRES, millis(v.expiresAt()));
        item.put(TTL, ttl(v.expiresAt()));
        item.put(REVISION, n(v.revision().value()));
        return item;
    }

    @Override
    public Subscription fromItem(Map<String, AttributeValue> item) {
        return new Subscription(new SubscriptionId(string(item, "subscriptionId")), new TenantId(string(item, TENANT)),
                new ConnectionId(string(item, "connectionId")), new RequestId(string(item, "requestId")),
                item.get("eventTypes").l().stream().map(AttributeValue::s).toList(),
                instant(item, "createdAt"), instant(item, EXPIRES), new Revision(number(item, REVISION)));
    }
}
