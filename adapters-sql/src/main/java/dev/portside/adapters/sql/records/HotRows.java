package dev.portside.adapters.sql.records;

import dev.portside.domain.records.Record;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The row both hot stores insert by plain JDBC batch: tenant, id, source, mapped, model version, timestamp, metadata
 * keys (sorted) and values, content hash, retain-until. Each backend says how it binds an instant and a text array.
 */
final class HotRows {

    /** How a backend binds the two column types it spells its own way. */
    interface Types {
        Object instant(Instant instant);

        Object texts(List<String> values) throws SQLException;
    }

    private HotRows() {
    }

    static void bind(PreparedStatement insert, Record r, Types types) throws SQLException {
        List<String> keys = r.metadata().keySet().stream().sorted().toList();
        insert.setString(1, r.tenant().value());
        insert.setString(2, r.id().value());
        insert.setString(3, r.sourceData());
        insert.setString(4, r.mappedData());
        insert.setString(5, r.modelVersion());
        insert.setObject(6, types.instant(r.timestamp()));
        insert.setObject(7, types.texts(keys));
        insert.setObject(8, types.texts(keys.stream().map(r.metadata()::get).toList()));
        insert.setString(9, r.contentHash().hex());
        insert.setObject(10, types.instant(r.retainUntil()));
    }
}
