package dev.portside.adapters.sql.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ClickHouseBackendSmokeTest {

    @RegisterExtension
    static final ClickHouseBackend clickhouse = ClickHouseBackend.shared();

    @Test
    void theEngineStoresABatchAndAnswersAParameterisedQuery() throws Exception {
        String table = "smoke_" + Long.toHexString(System.nanoTime());
        try (Connection c = clickhouse.connection()) {
            c.createStatement().execute("create table " + table
                    + " (id UInt32, model String) engine = MergeTree order by id");
            try (PreparedStatement insert = c.prepareStatement("insert into " + table + " (id, model) values (?, ?)")) {
                for (int i = 0; i < 1000; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, i % 2 == 0 ? "even" : "odd");
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement count = c.prepareStatement("select count() from " + table + " where model = ?")) {
                count.setString(1, "even");
                try (ResultSet rs = count.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getLong(1)).isEqualTo(500);
                }
            }
            try (ResultSet rs = c.createStatement().executeQuery("select version()")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).matches("\\d+\\..*");
            }
        }
    }
}
