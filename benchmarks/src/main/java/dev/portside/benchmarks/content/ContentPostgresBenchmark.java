package dev.portside.benchmarks.content;

import dev.portside.adapters.sql.support.FlywayProvisioner;
import dev.portside.adapters.sql.content.PostgresContentRepository;
import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.content.CertificationType;
import dev.portside.domain.content.ContentDetails;
import dev.portside.domain.content.ContentId;
import dev.portside.domain.content.ContentItem;
import dev.portside.domain.content.ContentKey;
import dev.portside.domain.content.ContentVersion;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The PostgreSQL content repository against raw JDBC doing the same work (insert of item and
 * snapshot in one transaction; select by key reading every column) on one shared connection to the
 * same embedded server, so only the adapter's own cost differs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ContentPostgresBenchmark {

    private static final TenantId TENANT = new TenantId("bench");
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final String COLUMNS = "tenant, content_id, certification, title, content_type, category, subcategory, "
            + "difficulty, tags, source_file, source_bucket, chunk_count, question_count, version, active, created_at, "
            + "updated_at, revision";
    private static final ContentDetails DETAILS = BenchmarkContent.DETAILS;

    private Connection connection;
    private PostgresContentRepository repository;
    private final AtomicLong ids = new AtomicLong();

    @Setup(Level.Trial)
    public void setUp() {
        DataSource dataSource = PostgresBackend.shared().newDatabase();
        new FlywayProvisioner(PostgresBackend.jdbi(dataSource), "content").provision().get();
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Jdbi jdbi = Jdbi.create(connection);
        repository = new PostgresContentRepository(jdbi, CursorCodec.fromSecret("bench"));
        repository.create(item("seed")).get();
    }

    private static ContentItem item(String id) {
        return ContentItem.publish(TENANT, new ContentKey(new ContentId(id), CertificationType.SAA), DETAILS,
                ContentVersion.INITIAL, T0);
    }

    @Benchmark
    public Object insertPortside() {
        return repository.create(item("p-" + ids.incrementAndGet()));
    }

    @Benchmark
    public int insertRaw() throws SQLException {
        String id = "r-" + ids.incrementAndGet();
        Connection c = connection;
        c.setAutoCommit(false);
        try {
            int rows = insert(c, "INSERT INTO content_item (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                    + " ON CONFLICT DO NOTHING", id, null);
            rows += insert(c, "INSERT INTO content_version (" + COLUMNS + ", version_key) VALUES "
                    + "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", id, "000000001.000000000.000000000");
            c.commit();
            return rows;
        } finally {
            c.setAutoCommit(true);
        }
    }

    @Benchmark
    public Object getPortside() {
        return repository.find(TENANT, new ContentKey(new ContentId("seed"), CertificationType.SAA));
    }

    @Benchmark
    public void getRaw(Blackhole hole) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT " + COLUMNS + " FROM content_item"
                     + " WHERE tenant = ? AND content_id = ? AND certification = ?")) {
            s.setString(1, "bench");
            s.setString(2, "seed");
            s.setString(3, "SAA");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    for (int i = 1; i <= 18; i++) {
                        hole.consume(i == 9 ? rs.getArray(i).getArray() : rs.getObject(i));
                    }
                }
            }
        }
    }

    private static int insert(Connection c, String sql, String id, String versionKey) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            Object[] values = {"bench", id, "SAA", "AWS Lambda Best Practices", "STUDY_GUIDE", "Compute", "Serverless",
                    "INTERMEDIATE", c.createArrayOf("text", new String[] {"aws", "lambda"}), "lambda.pdf", "bucket", 5, 10,
                    "1.0", true, Timestamp.from(T0), Timestamp.from(T0), 1L};
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            if (versionKey != null) {
                s.setString(values.length + 1, versionKey);
            }
            return s.executeUpdate();
        }
    }
}
