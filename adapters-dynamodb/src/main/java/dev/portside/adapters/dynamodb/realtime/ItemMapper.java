package dev.portside.adapters.dynamodb.realtime;

import dev.portside.adapters.dynamodb.support.Attributes;
import dev.portside.adapters.dynamodb.support.RevisionedWrites;
import dev.portside.domain.kernel.TenantId;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** How one realtime aggregate maps to and from an item of its table (keyed {@code tenant#id}). */
interface ItemMapper<T> extends RevisionedWrites.Mapping<T> {

    TenantId tenant(T value);

    T fromItem(Map<String, AttributeValue> item);

    @Override
    default Map<String, AttributeValue> key(T value) {
        return key(tenant(value), id(value));
    }

    /** The item key of the value with this tenant and id. */
    static Map<String, AttributeValue> key(TenantId tenant, String id) {
        return Map.of(RealtimeTables.PK, Attributes.s(Attributes.tenantKey(tenant, id)));
    }
}
