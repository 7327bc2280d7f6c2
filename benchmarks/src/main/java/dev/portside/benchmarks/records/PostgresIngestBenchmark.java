package dev.portside.benchmarks.records;

import dev.portside.adapters.sql.records.PostgresHotRecordStore;
import dev.portside.adapters.sql.support.FlywayProvisioner;
import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.records.HotRecord;
import dev.portside.domain.records.Record;
import dev.portside.testkit.records.RecordSamples;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
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
import org.postgresql.PGConnection;

/**
 * Ingest of N records into the PostgreSQL hot store: the Portside adapter's bulk put, raw JDBC doing the
 * same batched inserts, and COPY as the physical reference. One operation = all N records into an empty table.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PostgresIngestBenchmark {

    private static final int CHUNK = 1000;
    private static final String INSERT = "insert into records_hot (tenant, id, source_data, mapped_data, model_version, ts, "
            + "metadata, content_hash, retain_until) values (?, ?, ?, ?, ?, ?, jsonb_object(?::text[], ?::text[]), ?, ?) "
            + "on conflict (tenant, id) do nothing";

    @Param("20000")
    int records;

    private SingleConnection shared;
    private PostgresHotRecordStore store;
    private List<List<Record>> chunks;
    private List<List<HotRecord>> sealedChunks;

    @Setup(Level.Trial)
    public void start() throws SQLException {
        DataSource dataSource = PostgresBackend.shared().newDatabase();
        new FlywayProvisioner(PostgresBackend.jdbi(dataSource), "records").provision().get();
        shared = new SingleConnection(dataSource.getConnection());
        Jdbi jdbi = shared.jdbi();
        store = new PostgresHotRecordStore(jdbi, CursorCodec.fromSecret("bench"));
        chunks = BenchmarkRecords.chunks(BenchmarkRecords.make(records), CHUNK);
        sealedChunks = chunks.stream().map(c -> c.stream().map(RecordSamples::hot).toList()).toList();
    }

    @Setup(Level.Invocation)
    public void empty() throws SQLException {
        shared.connection().setAutoCommit(true);
        shared.connection().createStatement().execute("truncate records_hot");
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
        try (Connection c = shared.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                for (List<Record> chunk : chunks) {
                    for (Record r : chunk) {
                        List<String> keys = r.metadata().keySet().stream().sorted().toList();
                        insert.setString(1, r.tenant().value());
                        insert.setString(2, r.id().value());
                        insert.setString(3, r.sourceData());
                        insert.setString(4, r.mappedData());
                        insert.setString(5, r.modelVersion());
                        insert.setObject(6, r.timestamp().atOffset(ZoneOffset.UTC));
                        insert.setArray(7, c.createArrayOf("text", keys.toArray()));
                        insert.setArray(8, c.createArrayOf("text", keys.stream().map(r.metadata()::get).toArray()));
                        insert.setString(9, r.contentHash().hex());
                        insert.setObject(10, r.retainUntil().atOffset(ZoneOffset.UTC));
                        insert.addBatch();
                    }
                    for (int n : insert.executeBatch()) {
                        written += n;
                    }
                    c.commit();
                }
            }
            c.setAutoCommit(true);
        }
        return written;
    }

    @Benchmark
    public long copyReference() throws Exception {
        StringBuilder csv = new StringBuilder();
        for (List<Record> chunk : chunks) {
            for (Record r : chunk) {
                csv.append(field(r.tenant().value())).append(',').append(field(r.id().value())).append(',')
                        .append(field(r.sourceData())).append(',').append(field(r.mappedData())).append(',')
                        .append(field(r.modelVersion())).append(',').append(r.timestamp()).append(',')
                        .append(field(json(r))).append(',').append(r.contentHash().hex()).append(',')
                        .append(r.retainUntil()).append('\n');
            }
        }
        try (Connection c = shared.connection()) {
            return c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy records_hot (tenant, id, source_data, "
                    + "mapped_data, model_version, ts, metadata, content_hash, retain_until) from stdin with (format csv)",
                    new StringReader(csv.toString()));
        }
    }

    private static String field(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static String json(Record r) {
        StringBuilder out = new StringBuilder("{");
        r.metadata().forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append(quote(k)).append(':').append(quote(v)));
        return out.append('}').toString();
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
