package dev.portside.adapters.dynamodb.support;

import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Attribute-value helpers shared by every mapper: strings, numbers, epoch-millisecond instants, TTL
 * seconds and optional attributes. An absent item (null or empty map) is {@code none}.
 */
public final class Attributes {

    private Attributes() {
    }

    public static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    public static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    /** The partition-key value of a tenant's item: {@code tenant#id}. */
    public static String tenantKey(TenantId tenant, String id) {
        return tenant.value() + "#" + id;
    }

    public static AttributeValue millis(Instant at) {
        return n(at.toEpochMilli());
    }

    /** DynamoDB's TTL value: epoch seconds, rounded up so an item is never deleted before it expires. */
    public static AttributeValue ttl(Instant expiresAt) {
        return n(expiresAt.getEpochSecond() + (expiresAt.getNano() > 0 ? 1 : 0));
    }

    public static String string(Map<String, AttributeValue> item, String name) {
        return item.get(name).s();
    }

    public static Option<String> optionalString(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.s() == null ? Option.none() : Option.some(value.s());
    }

    public static long number(Map<String, AttributeValue> item, String name) {
        return Long.parseLong(item.get(name).n());
    }

    public static Instant instant(Map<String, AttributeValue> item, String name) {
        return Instant.ofEpochMilli(number(item, name));
    }

    public static Option<Instant> optionalInstant(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? Option.none()
                : Option.some(Instant.ofEpochMilli(Long.parseLong(value.n())));
    }

    /** The item a response carried, or none when it carried none. */
    public static Option<Map<String, AttributeValue>> present(Map<String, AttributeValue> item) {
        return item == null || item.isEmpty() ? Option.none() : Option.some(item);
    }
}
