package dev.portside.adapters.dynamodb.circles;

import dev.portside.domain.kernel.TenantId;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The single table's key patterns, every one prefixed with the tenant ({@code T#<tenant>#}): the seed's
 * {@code USER#id|PROFILE}, {@code USER#id|CIRCLE#cid}, {@code CIRCLE#cid|METADATA}, {@code CIRCLE#cid|MEMBER#uid},
 * {@code STORY#id|METADATA}, {@code STORY#id|COMMENT#cid}, {@code BUSINESS#id|METADATA}, {@code RESOURCE#id|METADATA},
 * plus {@code EMAIL#email|CLAIM} for unique emails.
 */
final class Keys {

    static final String PK = "PK";
    static final String SK = "SK";
    static final String TYPE = "entityType";
    static final String METADATA = "METADATA";
    static final String PROFILE = "PROFILE";
    static final String CLAIM = "CLAIM";

    private Keys() {
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(PK, AttributeValue.fromS(pk), SK, AttributeValue.fromS(sk));
    }

    static String t(TenantId tenant) {
        return "T#" + tenant.value() + "#";
    }

    static String user(TenantId tenant, String id) {
        return t(tenant) + "USER#" + id;
    }

    static String email(TenantId tenant, String email) {
        return t(tenant) + "EMAIL#" + email;
    }

    static String circle(TenantId tenant, String id) {
        return t(tenant) + "CIRCLE#" + id;
    }

    static String story(TenantId tenant, String id) {
        return t(tenant) + "STORY#" + id;
    }

    static String business(TenantId tenant, String id) {
        return t(tenant) + "BUSINESS#" + id;
    }

    static String resource(TenantId tenant, String id) {
        return t(tenant) + "RESOURCE#" + id;
    }
}
