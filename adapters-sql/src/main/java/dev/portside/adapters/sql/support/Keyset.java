package dev.portside.adapters.sql.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.jdbi.v3.core.statement.Query;

/**
 * The sort order of a keyset listing: its key columns (the last one unique within the listing), the direction, how a
 * row gives its position (one text per column, carried by the signed cursor) and how a position binds back.
 */
public final class Keyset<T> {

    /** One key column: how a row's value becomes cursor text, and how that text binds as a parameter. */
    public record Key<T>(String column, Function<T, String> position, Function<String, Object> parameter) {

        public static <T> Key<T> text(String column, Function<T, String> value) {
            return new Key<>(column, value, text -> text);
        }

        public static <T> Key<T> instant(String column, Function<T, Instant> value) {
            return new Key<>(column, row -> value.apply(row).toString(),
                    text -> Instant.parse(text).atOffset(ZoneOffset.UTC));
        }

        public static <T> Key<T> decimal(String column, Function<T, BigDecimal> value) {
            return new Key<>(column, row -> value.apply(row).toPlainString(), BigDecimal::new);
        }

        public static <T> Key<T> number(String column, Function<T, Long> value) {
            return new Key<>(column, row -> String.valueOf(value.apply(row)), Long::parseLong);
        }
    }

    private final List<Key<T>> keys;
    private final boolean descending;

    private Keyset(List<Key<T>> keys, boolean descending) {
        this.keys = List.copyOf(keys);
        this.descending = descending;
    }

    @SafeVarargs
    public static <T> Keyset<T> ascending(Key<T>... keys) {
        return new Keyset<>(List.of(keys), false);
    }

    @SafeVarargs
    public static <T> Keyset<T> descending(Key<T>... keys) {
        return new Keyset<>(List.of(keys), true);
    }

    int size() {
        return keys.size();
    }

    List<String> position(T row) {
        return keys.stream().map(k -> k.position().apply(row)).toList();
    }

    /** {@code AND (a, b) > (:after_0, :after_1)} ({@code <} when descending). */
    String after() {
        return " AND (" + String.join(", ", keys.stream().map(Key::column).toList()) + ")" + (descending ? " < " : " > ")
                + "(" + String.join(", ", IntStream.range(0, keys.size()).mapToObj(i -> ":after_" + i).toList()) + ")";
    }

    String orderBy() {
        return " ORDER BY " + String.join(", ", keys.stream().map(k -> k.column() + (descending ? " DESC" : "")).toList());
    }

    Query bind(Query query, List<String> position) {
        for (int i = 0; i < keys.size(); i++) {
            query.bind("after_" + i, keys.get(i).parameter().apply(position.get(i)));
        }
        return query;
    }
}
