package dev.portside.adapters.dynamodb.realtime;

import java.util.List;

/** The names of the realtime hub's three tables, all under one configured prefix. */
public record RealtimeTables(String connections, String requests, String subscriptions) {

    public static final String DEFAULT_PREFIX = "portside_realtime_";

    public static RealtimeTables withPrefix(String prefix) {
        return new RealtimeTables(prefix + "connections", prefix + "requests", prefix + "subscriptions");
    }

    public List<String> all() {
        return List.of(connections, requests, subscriptions);
    }
}
