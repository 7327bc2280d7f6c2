package dev.portside.adapters.dynamodb.circles;

import dev.portside.adapters.common.circles.Doc;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Converts storage-neutral documents to DynamoDB attribute maps and back (text S, numbers N, flags BOOL, lists L). */
final class Items {

    static final String PK = "PK";
    static final String SK = "SK";
    static final String TYPE = "entityType";

    private Items() {
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    static Map<String, AttributeValue> item(Doc doc, String entityType, String pk, String sk) {
        Map<String, AttributeValue> item = new HashMap<>();
        doc.fields().forEach((name, value) -> item.put(name, attribute(value)));
        item.put(PK, s(pk));
        item.put(SK, s(sk));
        item.put(TYPE, s(entityType));
        return item;
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(PK, s(pk), SK, s(sk));
    }

    private static AttributeValue attribute(Object value) {
        if (value instanceof String text) {
            return s(text);
        }
        if (value instanceof Long number) {
            return n(number);
        }
        if (value instanceof Boolean flag) {
            return AttributeValue.fromBool(flag);
        }
        if (value instanceof List<?> list) {
            return AttributeValue.fromL(list.stream().map(v -> s(String.valueOf(v))).toList());
        }
        throw new IllegalArgumentException("unsupported document value " + value.getClass().getSimpleName());
    }

    static Doc doc(Map<String, AttributeValue> item) {
        Map<String, Object> fields = new LinkedHashMap<>();
        item.forEach((name, v) -> {
            if (v.s() != null) {
                fields.put(name, v.s());
            } else if (v.n() != null) {
                fields.put(name, Long.parseLong(v.n()));
            } else if (v.bool() != null) {
                fields.put(name, v.bool());
            } else if (v.hasL()) {
                fields.put(name, v.l().stream().map(AttributeValue::s).toList());
            }
        });
        return Doc.of(fields);
    }
}
