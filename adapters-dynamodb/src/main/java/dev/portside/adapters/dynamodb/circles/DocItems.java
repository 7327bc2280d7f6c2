package dev.portside.adapters.dynamodb.circles;

import static dev.portside.adapters.dynamodb.support.Attributes.n;
import static dev.portside.adapters.dynamodb.support.Attributes.s;

import dev.portside.adapters.common.circles.Doc;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Maps storage-neutral documents to single-table items and back (text S, numbers N, flags BOOL, lists L). */
final class DocItems {

    private DocItems() {
    }

    static Map<String, AttributeValue> item(Doc doc, String entityType, String pk, String sk) {
        Map<String, AttributeValue> item = new HashMap<>();
        doc.fields().forEach((name, value) -> item.put(name, attribute(value)));
        item.put(Keys.PK, s(pk));
        item.put(Keys.SK, s(sk));
        item.put(Keys.TYPE, s(entityType));
        return item;
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
