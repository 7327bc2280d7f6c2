package dev.portside.adapters.dynamodb.realtime;

import static dev.portside.adapters.dynamodb.support.Attributes.number;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The realtime hub's three tables, all under one configured prefix, and their shared item design: partition
 * {@code pk = tenant#id}, GSIs sorted by {@code sortKey = createdAt#id}, expiry in {@code expiresAtMs} (reads skip
 * expired items) and DynamoDB's TTL attribute {@code ttl}.
 */
public record RealtimeTables(String connections, String requests, String subscriptions) {

    public static final String DEFAULT_PREFIX = "portside_realtime_";
    static final String TTL = "ttl";
    static final String EXPIRES = "expiresAtMs";
    static final String REVISION = "revision";
    static final String PK = "pk";
    static final String SORT = "sortKey";
    static final String TENANT = "tenant";

    public static RealtimeTables withPrefix(String prefix) {
        return new RealtimeTables(prefix + "connections", prefix + "requests", prefix + "subscriptions");
    }

    public List<String> all() {
        return List.of(connections, requests, subscriptions);
    }

    static boolean live(Map<String, AttributeValue> item, Instant now) {
        return number(item, EXPIRES) > now.toEpochMilli();
    }

    static String sortKey(Instant at, String id) {
        return String.format("%013d#%s", at.toEpochMilli(), id);
    }

    static String idOfSortKey(String sortKey) {
        return sortKey.substring(sortKey.indexOf('#') + 1);
    }
}
