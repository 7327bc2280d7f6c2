package dev.portside.adapters.common.circles;

import dev.portside.adapters.common.Instants;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A flat, storage-neutral document: text, whole numbers, booleans and lists of text. Built with {@link #put},
 * read with typed getters that fail with {@link IllegalStateException} on a malformed stored value.
 */
public final class Doc {

    private final Map<String, Object> fields;

    private Doc(Map<String, Object> fields) {
        this.fields = fields;
    }

    public static Doc create() {
        return new Doc(new LinkedHashMap<>());
    }

    public static Doc of(Map<String, Object> fields) {
        return new Doc(new LinkedHashMap<>(fields));
    }

    public Doc put(String name, Object value) {
        if (value == null) {
            return this;
        }
        Object v = value;
        if (value instanceof Integer i) {
            v = i.longValue();
        } else if (value instanceof Enum<?> e) {
            v = e.name();
        } else if (value instanceof Instant || value instanceof BigDecimal) {
            v = value.toString();
        } else if (value instanceof List<?> list) {
            v = list.stream().map(String::valueOf).toList();
        } else if (!(value instanceof String || value instanceof Long || value instanceof Boolean)) {
            v = value.toString();
        }
        fields.put(name, v);
        return this;
    }

    public Map<String, Object> fields() {
        return java.util.Collections.unmodifiableMap(fields);
    }

    public String text(String name) {
        Object v = fields.get(name);
        if (!(v instanceof String s)) {
            throw new IllegalStateException("stored field " + name + " is missing or not text");
        }
        return s;
    }

    public String optionalText(String name) {
        Object v = fields.get(name);
        return v == null ? null : String.valueOf(v);
    }

    public long number(String name) {
        Object v = fields.get(name);
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v instanceof String s) {
            return Long.parseLong(s);
        }
        throw new IllegalStateException("stored field " + name + " is missing or not a number");
    }

    public boolean flag(String name) {
        Object v = fields.get(name);
        return v instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(v));
    }

    public Instant instant(String name) {
        return Instants.parse(text(name));
    }

    /** The instant stored under {@code name}, or null when there is none. */
    public Instant optionalInstant(String name) {
        String text = optionalText(name);
        return text == null ? null : Instants.parse(text);
    }

    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        return Enum.valueOf(type, text(name));
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String name) {
        Object v = fields.get(name);
        return v == null ? List.of() : List.copyOf((List<String>) v);
    }
}
