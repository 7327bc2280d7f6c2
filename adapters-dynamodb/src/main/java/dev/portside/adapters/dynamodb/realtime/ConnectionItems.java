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

import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.realtime.Connection;
import dev.portside.domain.realtime.ConnectionId;
import dev.portside.domain.realtime.Endpoint;
import dev.portside.domain.kernel.UserId;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Connection ↔ item of the connections table (UserIndex on {@code userKey}, TenantIndex on {@code tenant}). The item
 * also holds the ids of the connection's subscriptions ({@link #SUBSCRIPTIONS}), which the domain value does not carry.
 */
final class ConnectionItems implements ItemMapper<Connection> {

    static final String USER_KEY = "userKey";
    static final String LAST_PING = "lastPing";
    /** The ids of the connection's subscriptions (a string set, absent while empty), kept by the subscription store. */
    static final String SUBSCRIPTIONS = "subscriptionIds";
    /**
     * Marks a connection whose {@link #SUBSCRIPTIONS} lists every subscription it holds: written when the connection
     * is created. An item written before the set existed lacks it; its subscriptions are found on ConnectionIndex.
     */
    static final String TRACKED = "tracksSubscriptions";

    @Override
    public String kind() {
        return "connection";
    }

    @Override
    public TenantId tenant(Connection value) {
        return value.tenant();
    }

    @Override
    public String id(Connection value) {
        return value.id().value();
    }

    @Override
    public Revision revision(Connection value) {
        return value.revision();
    }

    @Override
    public Connection withRevision(Connection value, Revision revision) {
        return value.withRevision(revision);
    }

    static String userKey(TenantId tenant, UserId user) {
        return tenant.value() + "#" + user.value();
    }

    @Override
    public Map<String, AttributeValue> toItem(Connection c) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(PK, s(tenantKey(c.tenant(), c.id().value())));
        item.put(TENANT, s(c.tenant().value()));
        item.put("connectionId", s(c.id().value()));
        item.put("userId", s(c.user().value()));
        item.put(USER_KEY, s(userKey(c.tenant(), c.user())));
        item.put(SORT, s(RealtimeTables.sortKey(c.connectedAt(), c.id().value())));
        item.put("endpoint", s(c.endpoint().url()));
        item.put("connectedAt", millis(c.connectedAt()));
        item.put(LAST_PING, millis(c.lastPing()));
        item.put(EXPIRES, millis(c.expiresAt()));
        item.put(TTL, ttl(c.expiresAt()));
        item.put(REVISION, n(c.revision().value()));
        item.put(TRACKED, AttributeValue.fromBool(true));
        return item;
    }

    @Override
    public Connection fromItem(Map<String, AttributeValue> item) {
        return new Connection(new ConnectionId(string(item, "connectionId")), new TenantId(string(item, TENANT)),
                new UserId(string(item, "userId")), new Endpoint(string(item, "endpoint")),
                instant(item, "connectedAt"), instant(item, LAST_PING), instant(item, EXPIRES),
                new Revision(number(item, REVISION)));
    }
}
