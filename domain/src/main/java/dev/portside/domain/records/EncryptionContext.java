package dev.portside.domain.records;

import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Option;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a data key is bound to: always the tenant, and the record id when the key serves one record
 * only. A key wrapped under one context cannot be unwrapped under another.
 */
public record EncryptionContext(TenantId tenant, Option<RecordId> record) {

    public static EncryptionContext of(TenantId tenant, RecordId record) {
        return new EncryptionContext(tenant, Option.of(record));
    }

    public static EncryptionContext tenantWide(TenantId tenant) {
        return new EncryptionContext(tenant, Option.none());
    }

    /** The context as KMS-style string pairs, sorted by key. */
    public Map<String, String> asMap() {
        Map<String, String> map = new TreeMap<>();
        map.put("tenant", tenant.value());
        record.forEach(id -> map.put("record", id.value()));
        return map;
    }

    /** A stable text form, used as authenticated data. */
    public String canonical() {
        return asMap().toString();
    }
}
