package dev.portside.bootstrap.circles.migration;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The legacy SQLite layout the importer expects (tables and columns, see docs/circles.md), and an optional mapping
 * file for databases that use other names: {@code table.users=people} renames a table,
 * {@code column.users.email=mail} renames a column.
 */
public final class LegacySchema {

    /** The tables in import order, each with its expected columns (the first is the key). */
    public static final Map<String, List<String>> TABLES = tables();

    private final Map<String, String> tableNames = new LinkedHashMap<>();
    private final Map<String, String> columnNames = new LinkedHashMap<>();

    private static Map<String, List<String>> tables() {
        Map<String, List<String>> t = new LinkedHashMap<>();
        t.put("users", List.of("id", "email", "display_name", "bio", "cultural_background", "communication_style",
                "diagnosis_stage", "support_needs", "profile_visibility", "theme", "language", "timezone",
                "primary_goals", "is_verified", "is_active", "stories_shared", "helpful_votes", "circles_joined",
                "comments_count", "last_active", "created_at", "updated_at"));
        t.put("circles", List.of("id", "name", "description", "type", "privacy", "require_approval", "max_members",
                "owner_id", "cultural_focus", "moderation_level", "tags", "status", "posts_this_week",
                "posts_this_month", "created_at", "updated_at"));
        t.put("circle_members", List.of("circle_id", "user_id", "role", "status", "joined_at"));
        t.put("stories", List.of("id", "author_id", "circle_id", "title", "body", "tags", "status", "helpful_votes",
                "comment_count", "created_at", "updated_at"));
        t.put("comments", List.of("id", "story_id", "author_id", "body", "created_at"));
        t.put("businesses", List.of("id", "name", "category", "owner_id", "description", "website", "is_verified",
                "status", "created_at", "updated_at"));
        t.put("resources", List.of("id", "title", "type", "url", "tags", "status", "created_at", "updated_at"));
        return java.util.Collections.unmodifiableMap(t);
    }

    public static LegacySchema standard() {
        return new LegacySchema();
    }

    /** Reads a mapping file; unknown tables or columns in it are refused with a message naming them. */
    public static LegacySchema fromFile(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        }
        LegacySchema schema = new LegacySchema();
        for (String key : p.stringPropertyNames()) {
            String value = p.getProperty(key).strip();
            String[] parts = key.split("\\.");
            if (parts.length == 2 && parts[0].equals("table") && TABLES.containsKey(parts[1])) {
                schema.tableNames.put(parts[1], value);
            } else if (parts.length == 3 && parts[0].equals("column") && TABLES.containsKey(parts[1])
                    && TABLES.get(parts[1]).contains(parts[2])) {
                schema.columnNames.put(parts[1] + "." + parts[2], value);
            } else {
                throw new IllegalArgumentException("mapping file " + file + ": unknown entry '" + key
                        + "' (use table.<legacy table>=<name> or column.<legacy table>.<column>=<name>)");
            }
        }
        return schema;
    }

    public String table(String logical) {
        return tableNames.getOrDefault(logical, logical);
    }

    public String column(String table, String logical) {
        return columnNames.getOrDefault(table + "." + logical, logical);
    }
}
