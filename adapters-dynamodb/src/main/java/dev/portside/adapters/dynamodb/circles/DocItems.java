package dev.portside.adapters.dynamodb.circles;

import static dev.portside.adapters.dynamodb.support.Attributes.n;
import static dev.portside.adapters.dynamodb.support.Attributes.s;

import dev.portside.adapters.common.circles.Doc;
import java.util.ArrayList;
import java.util.HashMap;
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

    /**
     * The document an item holds, every attribute a field. Built in place ({@link Doc#put} keeps text, numbers and
     * flags as they are), not gathered in a map and copied.
     */
    static Doc doc(Map<String, AttributeValue> item) {
        Doc doc = Doc.create();
        item.forEach((name, v) -> {
            String text = v.s();
            if (text != null) {
                doc.put(name, text);
            } else if (v.n() != null) {
                doc.put(name, Long.parseLong(v.n()));
            } else if (v.bool() != null) {
                doc.put(name, v.bool());
            } else if (v.hasL()) {
                doc.put(name, texts(name, v.l()));
            }
        });
        return doc;
    }

    private static List<String> texts(String name, List<AttributeValue> values) {
        List<String> texts = new ArrayList<>(values.size());
        for (AttributeValue value : values) {
            if (value.s() == null) {
                throw new IllegalStateException("stored field " + name + " is not a list of text");
            }
            texts.add(value.s());
        }
        return texts;
    }
}
