package dev.portside.adapters.dynamodb.realtime;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Small helpers for reading and writing item attributes. */
final class Attributes {

    /** DynamoDB's TTL attribute: epoch seconds, rounded up so an item is never deleted before it expires. */
    static final String TTL = "ttl";
    static final String EXPIRES = "expiresAtMs";
    static final String REVISION = "revision";
    static final String PK = "pk";
    static final String SORT = "sortKey";
    static final String TENANT = "tenant";

    private Attributes() {
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    static AttributeValue millis(Instant at) {
        return n(at.toEpochMilli());
    }

    static AttributeValue ttl(Instant expiresAt) {
        long seconds = expiresAt.getEpochSecond() + (expiresAt.getNano() > 0 ? 1 : 0);
        return n(seconds);
    }

    static String string(Map<String, AttributeValue> item, String name) {
        return item.get(name).s();
    }

    static Option<String> optionalString(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.s() == null ? Option.none() : Option.some(value.s());
    }

    static long number(Map<String, AttributeValue> item, String name) {
        return Long.parseLong(item.get(name).n());
    }

    static Instant instant(Map<String, AttributeValue> item, String name) {
        return Instant.ofEpochMilli(number(item, name));
    }

    static Option<Instant> optionalInstant(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? Option.none() : Option.some(Instant.ofEpochMilli(Long.parseLong(value.n())));
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
