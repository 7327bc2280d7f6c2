package dev.portside.adapters.dynamodb.realtime;

import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** How one aggregate maps to and from a DynamoDB item of its table. */
interface ItemMapper<T> {

    String kind();

    TenantId tenant(T value);

    String id(T value);

    Revision revision(T value);

    T withRevision(T value, Revision revision);

    Map<String, AttributeValue> toItem(T value);

    T fromItem(Map<String, AttributeValue> item);

    static String pk(TenantId tenant, String id) {
        return tenant.value() + "#" + id;
    }
}
