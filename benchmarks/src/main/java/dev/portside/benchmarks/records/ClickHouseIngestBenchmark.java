package dev.portside.benchmarks.records;

import dev.portside.adapters.sql.records.ClickHouseHotRecordStore;
import dev.portside.adapters.sql.records.ClickHouseRecordsProvisioner;
import dev.portside.adapters.sql.testing.ClickHouseBackend;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.records.HotRecord;
import dev.portside.domain.records.Record;
import dev.portside.testkit.records.RecordSamples;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Ingest of N records into the ClickHouse hot store on the same front: the Portside adapter's bulk put
 * against a raw JDBC batch of the same INSERT. One operation = all N records into an empty table.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ClickHouseIngestBenchmark {

    private static final int CHUNK = 5000;
    private static final String INSERT = "INSERT INTO records_hot (tenant, id, source_data, mapped_data, model_version, ts, "
            + "meta_keys, meta_values, content_hash, retain_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Param("20000")
    int records;

    private SingleConnection shared;
    private ClickHouseHotRecordStore store;
    private List<List<Record>> chunks;
    private List<List<HotRecord>> sealedChunks;

    @Setup(Level.Trial)
    public void start() throws SQLException {
        ClickHouseBackend backend = ClickHouseBackend.shared();
        backend.jdbcUrl();
        shared = new SingleConnection(backend.connection());
        Jdbi jdbi = shared.jdbi();
        new ClickHouseRecordsProvisioner(jdbi).provision().get();
        store = new ClickHouseHotRecordStore(jdbi, CursorCodec.fromSecret("bench"));
        chunks = BenchmarkRecords.chunks(BenchmarkRecords.make(records), CHUNK);
        sealedChunks = chunks.stream().map(c -> c.stream().map(RecordSamples::hot).toList()).toList();
    }

    @Setup(Level.Invocation)
    public void empty() throws SQLException {
        shared.connection().createStatement().execute("TRUNCATE TABLE records_hot");
    }

    @Benchmark
    public int portsideAdapter() {
        int written = 0;
        for (List<HotRecord> chunk : sealedChunks) {
            written += store.putAll(BenchmarkRecords.TENANT, chunk).get();
        }
        return written;
    }

    @Benchmark
    public int rawJdbcBatch() throws SQLException {
        int written = 0;
        try (Connection c = shared.connection(); PreparedStatement insert = c.prepareStatement(INSERT)) {
            for (List<Record> chunk : chunks) {
                for (Record r : chunk) {
                    List<String> keys = r.metadata().keySet().stream().sorted().toList();
                    insert.setString(1, r.tenant().value());
                    insert.setString(2, r.id().value());
                    insert.setString(3, r.sourceData());
                    insert.setString(4, r.mappedData());
                    insert.setString(5, r.modelVersion());
                    insert.setObject(6, r.timestamp());
                    insert.setObject(7, keys.toArray(new String[0]));
                    insert.setObject(8, keys.stream().map(r.metadata()::get).toArray(String[]::new));
                    insert.setString(9, r.contentHash().hex());
                    insert.setObject(10, r.retainUntil());
                    insert.addBatch();
                }
                insert.executeBatch();
                written += chunk.size();
            }
        }
        return written;
    }
}
