package dev.portside.bootstrap.circles.migration;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a legacy database holds: per expected table, whether it is there, its row count and its unmapped columns. */
public record Analysis(Map<String, Table> tables, List<String> otherTables) {

    public record Table(String physicalName, boolean present, long rows, List<String> unmappedColumns,
                        List<String> missingColumns) {
    }

    public static Analysis of(Path file, LegacySchema schema) throws SQLException {
        try (LegacyDatabase db = new LegacyDatabase(file, schema)) {
            Set<String> all = db.tables();
            Map<String, Table> tables = new LinkedHashMap<>();
            List<String> known = new ArrayList<>();
            for (Map.Entry<String, List<String>> e : LegacySchema.TABLES.entrySet()) {
                String physical = schema.table(e.getKey());
                known.add(physical);
                if (!all.contains(physical)) {
                    tables.put(e.getKey(), new Table(physical, false, 0, List.of(), List.of()));
                    continue;
                }
                Set<String> columns = db.columns(physical);
                List<String> mapped = e.getValue().stream().map(c -> schema.column(e.getKey(), c)).toList();
                tables.put(e.getKey(), new Table(physical, true, db.count(physical),
                        columns.stream().filter(c -> !mapped.contains(c)).toList(),
                        mapped.stream().filter(c -> !columns.contains(c)).toList()));
            }
            return new Analysis(tables, all.stream().filter(t -> !known.contains(t)).toList());
        }
    }

    public void print(PrintStream out) {
        out.println("Legacy database analysis");
        tables.forEach((logical, t) -> {
            if (!t.present()) {
                out.printf("  %-15s table '%s' not found (nothing to import)%n", logical, t.physicalName());
            } else {
                out.printf("  %-15s table '%s': %d rows; unmapped columns: %s; missing columns: %s%n", logical,
                        t.physicalName(), t.rows(), t.unmappedColumns().isEmpty() ? "none" : t.unmappedColumns(),
                        t.missingColumns().isEmpty() ? "none" : t.missingColumns());
            }
        });
        if (!otherTables.isEmpty()) {
            out.println("  other tables (not imported): " + otherTables);
        }
    }
}
