package dev.portside.adapters.sql.records;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Record metadata in a PostgreSQL {@code metadata jsonb} column: written from two parameters, the keys (sorted) and
 * their values as text arrays, and read back as the two arrays {@code mkeys} and {@code mvalues}.
 */
final class MetadataColumn {

    /** The value of the column in an insert, from {@code :mkeys} and {@code :mvalues}. */
    static final String VALUE = "jsonb_object(cast(:mkeys as text[]), cast(:mvalues as text[]))";

    /** The select-list entries a row is read back through {@link #read}. */
    static final String SELECT = "coalesce((select array_agg(key order by key) from jsonb_each_text(metadata)), '{}') as mkeys, "
            + "coalesce((select array_agg(value order by key) from jsonb_each_text(metadata)), '{}') as mvalues";

    private MetadataColumn() {
    }

    static <S extends SqlStatement<S>> S bind(S statement, Map<String, String> metadata) {
        List<String> keys = metadata.keySet().stream().sorted().toList();
        return statement.bindArray("mkeys", String.class, keys)
                .bindArray("mvalues", String.class, keys.stream().map(metadata::get).toList());
    }

    static Map<String, String> read(ResultSet rs) throws SQLException {
        Map<String, String> metadata = new HashMap<>();
        String[] keys = strings(rs.getArray("mkeys"));
        String[] values = strings(rs.getArray("mvalues"));
        for (int i = 0; i < keys.length; i++) {
            metadata.put(keys[i], values[i]);
        }
        return metadata;
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
