package dev.portside.bootstrap.circles.migration;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Read-only JDBC access to a legacy SQLite file, through the names a {@link LegacySchema} maps. Tables are streamed
 * in rowid order, a batch at a time, never held whole.
 */
final class LegacyDatabase implements AutoCloseable {

    /** The extra value read with each circle: when its owner joined (from the owner's circle_members row). */
    static final String OWNER_JOINED_AT = "owner_joined_at";
    /** The extra value read with each story when it has no comment_count column: its rows in comments. */
    static final String COMMENTS_IN_FILE = "comments_in_file";

    /** Takes one batch of rows; it may stop the stream by returning false. */
    @FunctionalInterface
    interface Batch {
        boolean take(List<Map<String, String>> rows) throws SQLException;
    }

    private final Connection connection;
    private final LegacySchema schema;

    LegacyDatabase(Path file, LegacySchema schema) throws SQLException {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        this.connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        this.schema = schema;
    }

    Set<String> tables() throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        try (ResultSet rs = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    Set<String> columns(String physicalTable) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getColumns(null, null, physicalTable, "%")) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME"));
            }
        }
        return names;
    }

    long count(String physicalTable) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from " + quote(physicalTable))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Streams a legacy table in rowid order, {@code batchSize} rows at a time (also the driver's fetch size), each
     * row keyed by the logical column names (absent columns read as null). Circles carry {@link #OWNER_JOINED_AT},
     * stories {@link #COMMENTS_IN_FILE} when the file has no comment_count column.
     */
    void stream(String logicalTable, int batchSize, Batch batch) throws SQLException {
        String table = schema.table(logicalTable);
        Set<String> present = columns(table);
        List<String> wanted = LegacySchema.TABLES.get(logicalTable);
        Extra extra = extra(logicalTable, present);
        try (PreparedStatement s = connection.prepareStatement("select t.*" + extra.column() + " from "
                + quote(table) + " t" + extra.join() + " order by t.rowid")) {
            s.setFetchSize(batchSize);
            try (ResultSet rs = s.executeQuery()) {
                List<Map<String, String>> rows = new ArrayList<>(batchSize);
                boolean more = true;
                while (more && rs.next()) {
                    Map<String, String> row = new HashMap<>();
                    for (String logical : wanted) {
                        String physical = schema.column(logicalTable, logical);
                        row.put(logical, present.contains(physical) ? rs.getString(physical) : null);
                    }
                    if (extra.name() != null) {
                        row.put(extra.name(), rs.getString(extra.name()));
                    }
                    rows.add(row);
                    if (rows.size() == batchSize) {
                        more = batch.take(rows);
                        rows = new ArrayList<>(batchSize);
                    }
                }
                if (more && !rows.isEmpty()) {
                    batch.take(rows);
                }
            }
        }
    }

    /** A value read with each row of a table from another table: its name, select column and join. */
    private record Extra(String name, String column, String join) {
        static final Extra NONE = new Extra(null, "", "");
    }

    private Extra extra(String logicalTable, Set<String> present) throws SQLException {
        if (logicalTable.equals("circles") && has("circle_members", "circle_id", "user_id", "joined_at")) {
            return new Extra(OWNER_JOINED_AT, ", m." + col("circle_members", "joined_at") + " as " + OWNER_JOINED_AT,
                    " left join " + quote(schema.table("circle_members")) + " m on m." + col("circle_members", "circle_id")
                    + " = t." + col("circles", "id") + " and m." + col("circle_members", "user_id") + " = t."
                    + col("circles", "owner_id"));
        }
        if (logicalTable.equals("stories") && !present.contains(schema.column("stories", "comment_count"))
                && has("comments", "story_id")) {
            String storyId = col("comments", "story_id");
            return new Extra(COMMENTS_IN_FILE, ", coalesce(k.n, 0) as " + COMMENTS_IN_FILE, " left join (select " + storyId
                    + " as story_id, count(*) as n from " + quote(schema.table("comments")) + " group by " + storyId
                    + ") k on k.story_id = t." + col("stories", "id"));
        }
        return Extra.NONE;
    }

    private boolean has(String logicalTable, String... logicalColumns) throws SQLException {
        String table = schema.table(logicalTable);
        if (!tables().contains(table)) {
            return false;
        }
        Set<String> columns = columns(table);
        for (String c : logicalColumns) {
            if (!columns.contains(schema.column(logicalTable, c))) {
                return false;
            }
        }
        return true;
    }

    private String col(String logicalTable, String logicalColumn) {
        return quote(schema.column(logicalTable, logicalColumn));
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
