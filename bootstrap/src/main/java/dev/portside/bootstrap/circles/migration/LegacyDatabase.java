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

/** Read-only JDBC access to a legacy SQLite file, through the names a {@link LegacySchema} maps. */
final class LegacyDatabase implements AutoCloseable {

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
             ResultSet rs = s.executeQuery("select count(*) from \"" + physicalTable.replace("\"", "\"\"") + "\"")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every row of a legacy table, keyed by the logical column names (absent columns read as null), in rowid order. */
    List<Map<String, String>> rows(String logicalTable) throws SQLException {
        String table = schema.table(logicalTable);
        Set<String> present = columns(table);
        List<String> wanted = LegacySchema.TABLES.get(logicalTable);
        List<Map<String, String>> out = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("select * from \"" + table.replace("\"", "\"\"")
                + "\" order by rowid"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Map<String, String> row = new HashMap<>();
                for (String logical : wanted) {
                    String physical = schema.column(logicalTable, logical);
                    row.put(logical, present.contains(physical) ? rs.getString(physical) : null);
                }
                out.add(row);
            }
        }
        return out;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
