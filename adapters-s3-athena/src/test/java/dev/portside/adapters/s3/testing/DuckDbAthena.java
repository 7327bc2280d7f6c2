package dev.portside.adapters.s3.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Executes the Athena dialect the brand adapter sends on DuckDB: {@code CREATE DATABASE} becomes a
 * schema, {@code CREATE EXTERNAL TABLE [IF NOT EXISTS] … LOCATION … TBLPROPERTIES (…)} a view over
 * {@code read_json_auto} of the local mirror of that location with Hive partitions (the properties are kept),
 * {@code DROP TABLE [IF EXISTS]} drops it, {@code SHOW TABLES IN db} and {@code SHOW TBLPROPERTIES db.table} answer
 * as Athena does (DDL results have no header row: one table name a row; one {@code name<TAB>value} a row, a missing
 * table FAILED), and a SELECT runs as a prepared statement whose parameters are Athena's ExecutionParameters, each
 * required to be exactly one SQL literal.
 */
final class DuckDbAthena implements AutoCloseable {

    record Outcome(List<List<String>> rows, String failure) {
    }

    private record Table(String schema, String name, Map<String, String> columns, List<String> partitions,
                         String location, Map<String, String> properties) {
    }

    private static final Pattern CREATE_DATABASE = Pattern.compile(
            "CREATE DATABASE IF NOT EXISTS `(\\w+)`", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATE_TABLE = Pattern.compile("CREATE EXTERNAL TABLE (IF NOT EXISTS )?`(\\w+)`\\.`(\\w+)`"
            + " \\((.*)\\) PARTITIONED BY \\(([^)]*)\\).* LOCATION '([^']+)'(?: TBLPROPERTIES \\((.*)\\))?",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern DROP_TABLE = Pattern.compile("DROP TABLE (IF EXISTS )?`(\\w+)`\\.`(\\w+)`",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SHOW_TABLES = Pattern.compile("SHOW TABLES IN `?(\\w+)`?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHOW_PROPERTIES = Pattern.compile("SHOW TBLPROPERTIES `(\\w+)`\\.`(\\w+)`",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PROPERTY = Pattern.compile("'((?:[^']|'')*)'\\s*=\\s*'((?:[^']|'')*)'");
    private static final Pattern STRING_LITERAL = Pattern.compile("'((?:[^']|'')*)'");
    private static final Pattern NUMBER_LITERAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final Connection connection;
    private final Function<String, Path> mirror;
    private final Map<String, Table> tables = new LinkedHashMap<>();

    DuckDbAthena(Function<String, Path> mirror) throws SQLException {
        this.connection = DriverManager.getConnection("jdbc:duckdb:");
        this.mirror = mirror;
    }

    synchronized Outcome execute(String sql, List<String> parameters) {
        try {
            Matcher database = CREATE_DATABASE.matcher(sql.strip());
            if (database.matches()) {
                update("CREATE SCHEMA IF NOT EXISTS \"" + database.group(1) + "\"");
                return new Outcome(List.of(), null);
            }
            Matcher table = CREATE_TABLE.matcher(sql.strip());
            if (table.matches()) {
                return register(table);
            }
            Matcher drop = DROP_TABLE.matcher(sql.strip());
            if (drop.matches()) {
                return drop(drop);
            }
            Matcher show = SHOW_TABLES.matcher(sql.strip());
            if (show.matches()) {
                return new Outcome(tables.values().stream().filter(t -> t.schema().equalsIgnoreCase(show.group(1)))
                        .map(t -> List.of(t.name().toLowerCase(Locale.ROOT))).toList(), null);
            }
            Matcher properties = SHOW_PROPERTIES.matcher(sql.strip());
            if (properties.matches()) {
                Table found = tables.get(key(properties.group(1), properties.group(2)));
                if (found == null) {
                    return new Outcome(List.of(), "FAILED: SemanticException [Error 10001]: Table not found "
                            + properties.group(1) + "." + properties.group(2));
                }
                List<List<String>> rows = new ArrayList<>();
                rows.add(List.of("EXTERNAL\tTRUE"));
                found.properties().forEach((name, value) -> rows.add(List.of(name + "\t" + value)));
                return new Outcome(rows, null);
            }
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < parameters.size(); i++) {
                Object value = literal(parameters.get(i));
                if (value == null) {
                    return new Outcome(List.of(), "INVALID_PARAMETER: execution parameter " + (i + 1)
                            + " is not a single SQL literal: " + parameters.get(i));
                }
                values.add(value);
            }
            int placeholders = placeholders(sql);
            if (placeholders != values.size()) {
                return new Outcome(List.of(), "INVALID_PARAMETER: the query has " + placeholders
                        + " parameters but " + values.size() + " execution parameters were given");
            }
            refreshViews();
            return select(sql, values);
        } catch (SQLException e) {
            return new Outcome(List.of(), "GENERIC_INTERNAL_ERROR: " + e.getMessage());
        }
    }

    private Outcome select(String sql, List<Object> values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            try (ResultSet result = statement.executeQuery()) {
                List<List<String>> rows = new ArrayList<>();
                int columns = result.getMetaData().getColumnCount();
                List<String> header = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    header.add(result.getMetaData().getColumnLabel(c));
                }
                rows.add(header);
                while (result.next()) {
                    List<String> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        row.add(result.getString(c));
                    }
                    rows.add(row);
                }
                return new Outcome(rows, null);
            }
        }
    }

    /** A string literal (quotes doubled inside), or a number; anything else is refused (null). */
    static Object literal(String parameter) {
        String text = parameter.strip();
        Matcher string = STRING_LITERAL.matcher(text);
        if (string.matches()) {
            return string.group(1).replace("''", "'");
        }
        if (NUMBER_LITERAL.matcher(text).matches()) {
            return new BigDecimal(text);
        }
        return null;
    }

    static int placeholders(String sql) {
        int count = 0;
        boolean quoted = false;
        for (char c : sql.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == '?' && !quoted) {
                count++;
            }
        }
        return count;
    }

    private static String key(String schema, String name) {
        return (schema + "." + name).toLowerCase(Locale.ROOT);
    }

    private Outcome register(Matcher ddl) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String column : ddl.group(4).split(",\\s+(?=\\w+ )")) {
            String[] parts = column.strip().split("\\s+", 2);
            columns.put(parts[0], duckType(parts[1]));
        }
        List<String> partitions = new ArrayList<>();
        for (String column : ddl.group(5).split(",")) {
            partitions.add(column.strip().split("\\s+")[0]);
        }
        Map<String, String> properties = new LinkedHashMap<>();
        if (ddl.group(7) != null) {
            Matcher property = PROPERTY.matcher(ddl.group(7));
            while (property.find()) {
                properties.put(property.group(1).replace("''", "'"), property.group(2).replace("''", "'"));
            }
        }
        Table table = new Table(ddl.group(2), ddl.group(3), columns, partitions, ddl.group(6), properties);
        String key = key(table.schema(), table.name());
        if (tables.containsKey(key)) {
            return ddl.group(1) != null ? new Outcome(List.of(), null)
                    : new Outcome(List.of(), "FAILED: AlreadyExistsException: Table " + key + " already exists");
        }
        tables.put(key, table);
        refreshViews();
        return new Outcome(List.of(), null);
    }

    private Outcome drop(Matcher ddl) throws SQLException {
        Table gone = tables.remove(key(ddl.group(2), ddl.group(3)));
        if (gone == null) {
            return ddl.group(1) != null ? new Outcome(List.of(), null)
                    : new Outcome(List.of(), "FAILED: SemanticException [Error 10001]: Table not found "
                            + ddl.group(2) + "." + ddl.group(3));
        }
        update("DROP VIEW IF EXISTS \"" + gone.schema() + "\".\"" + gone.name() + "\"");
        return new Outcome(List.of(), null);
    }

    private static String duckType(String hive) {
        String type = hive.strip().toLowerCase(Locale.ROOT);
        if (type.equals("string")) {
            return "VARCHAR";
        }
        if (type.startsWith("array<")) {
            return duckType(type.substring(6, type.length() - 1)) + "[]";
        }
        return type.toUpperCase(Locale.ROOT);
    }

    private void refreshViews() throws SQLException {
        for (Table table : tables.values()) {
            Path folder = mirror.apply(table.location());
            String view = "\"" + table.schema() + "\".\"" + table.name() + "\"";
            StringBuilder select = new StringBuilder();
            if (hasJson(folder)) {
                StringBuilder types = new StringBuilder();
                table.columns().forEach((name, type) -> types.append(types.length() == 0 ? "" : ", ")
                        .append('\'').append(name).append("': '").append(type).append('\''));
                select.append("SELECT ").append(String.join(", ", table.columns().keySet())).append(", ")
                        .append(String.join(", ", table.partitions())).append(" FROM read_json_auto('")
                        .append(folder.toAbsolutePath().toString().replace("'", "''")).append("/**/*.json', columns = {")
                        .append(types).append("}, hive_partitioning = true, hive_types_autocast = false)");
            } else {
                select.append("SELECT ");
                table.columns().forEach((name, type) -> select.append("CAST(NULL AS ").append(type).append(") AS ")
                        .append(name).append(", "));
                select.append(String.join(", ", table.partitions().stream()
                        .map(p -> "CAST(NULL AS VARCHAR) AS " + p).toList())).append(" WHERE false");
            }
            update("CREATE OR REPLACE VIEW " + view + " AS " + select);
        }
    }

    private static boolean hasJson(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(p -> p.toString().endsWith(".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void update(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
