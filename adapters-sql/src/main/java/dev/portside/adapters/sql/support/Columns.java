package dev.portside.adapters.sql.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A table's columns, written once: its key columns and the others, each bound by a parameter of its own name
 * ({@code "doc::jsonb"} names a column whose parameter is cast, here to jsonb). Gives the column list of an insert or a
 * select, the parameter list, the {@code SET} assignments of the non-key columns and the {@code WHERE} clause of the key.
 */
public final class Columns {

    private final List<String> key;
    private final List<String> all;

    private Columns(List<String> key, List<String> all) {
        this.key = List.copyOf(key);
        this.all = List.copyOf(all);
    }

    /** The key columns of a table. */
    public static Columns key(String... key) {
        return new Columns(List.of(key), List.of(key));
    }

    /** These columns and {@code others}, which are not part of the key. */
    public Columns and(String... others) {
        List<String> more = new ArrayList<>(all);
        more.addAll(List.of(others));
        return new Columns(key, more);
    }

    private static String name(String column) {
        int cast = column.indexOf("::");
        return cast < 0 ? column : column.substring(0, cast);
    }

    private static String parameter(String column) {
        int cast = column.indexOf("::");
        return cast < 0 ? ":" + column : "cast(:" + name(column) + " AS " + column.substring(cast + 2) + ")";
    }

    /** {@code a, b, c}. */
    public String names() {
        return all.stream().map(Columns::name).collect(Collectors.joining(", "));
    }

    /** {@code p.a, p.b, p.c} for a table aliased {@code alias}. */
    public String names(String alias) {
        return all.stream().map(c -> alias + "." + name(c)).collect(Collectors.joining(", "));
    }

    /** {@code :a, :b, :c}. */
    public String parameters() {
        return all.stream().map(Columns::parameter).collect(Collectors.joining(", "));
    }

    /** {@code c = :c, ...} for every column outside the key. */
    public String assignments() {
        return all.stream().filter(c -> !key.contains(c)).map(c -> name(c) + " = " + parameter(c))
                .collect(Collectors.joining(", "));
    }

    /** {@code c = :c, ...} for these columns only (a partial update). */
    public String assignments(String... only) {
        List<String> wanted = List.of(only);
        return all.stream().filter(c -> wanted.contains(name(c))).map(c -> name(c) + " = " + parameter(c))
                .collect(Collectors.joining(", "));
    }

    /**
     * {@code a IS NOT DISTINCT FROM cast(:a AS <type of a>) AND ...} over every column, given each column's SQL type:
     * the row holds exactly the bound values.
     */
    public String holding(Map<String, String> types) {
        return all.stream().map(c -> name(c) + " IS NOT DISTINCT FROM cast(" + parameter(c) + " AS "
                + types.get(name(c)) + ")").collect(Collectors.joining(" AND "));
    }

    /** {@code a = :a AND b = :b} over the key. */
    public String where() {
        return key.stream().map(c -> c + " = :" + c).collect(Collectors.joining(" AND "));
    }
}
