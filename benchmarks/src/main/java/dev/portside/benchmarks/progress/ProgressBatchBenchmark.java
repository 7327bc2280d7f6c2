package dev.portside.benchmarks.progress;

import dev.portside.adapters.dynamodb.content.ContentTables;
import dev.portside.adapters.dynamodb.content.DynamoContentProvisioner;
import dev.portside.adapters.dynamodb.content.DynamoContentRepository;
import dev.portside.adapters.dynamodb.progress.DynamoProgressLedger;
import dev.portside.adapters.dynamodb.progress.DynamoProgressProvisioner;
import dev.portside.adapters.dynamodb.progress.ProgressTables;
import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.adapters.sql.support.FlywayProvisioner;
import dev.portside.adapters.sql.content.PostgresContentRepository;
import dev.portside.adapters.sql.progress.PostgresProgressLedger;
import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.application.content.ContentCatalog;
import dev.portside.application.content.ContentCommands.PublishContent;
import dev.portside.application.progress.CatalogContentDirectory;
import dev.portside.application.progress.ProgressCommands.Event;
import dev.portside.application.progress.ProgressCommands.RecordAllProgress;
import dev.portside.application.progress.ProgressCommands.RecordProgress;
import dev.portside.application.progress.ProgressTracker;
import dev.portside.domain.content.ContentDraft;
import dev.portside.domain.content.ContentRepository;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.progress.ProgressLedger;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * Bulk import ({@code recordAll}, backend batch writes) against the same events recorded one by one
 * ({@code record}), on DynamoDB or PostgreSQL. Each invocation writes {@code events} events for 500
 * learners over 20 content items into a fresh tenant (PostgreSQL through one kept-open connection,
 * as a pool would give).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProgressBatchBenchmark {

    @Param({"dynamodb", "postgres"})
    public String backend;

    @Param({"10000"})
    public int events;

    private ProgressTracker tracker;
    private ContentCatalog catalog;
    private final AtomicLong tenants = new AtomicLong();
    private String tenant;
    private List<Event> inputs;

    @Setup(Level.Trial)
    public void setUp() {
        CursorCodec codec = CursorCodec.fromSecret("bench");
        ContentRepository content;
        ProgressLedger ledger;
        if (backend.equals("dynamodb")) {
            var client = DynamoDbBackend.shared().client();
            String prefix = DynamoDbBackend.uniquePrefix();
            new DynamoContentProvisioner(client, ContentTables.withPrefix(prefix)).provision().get();
            new DynamoProgressProvisioner(client, ProgressTables.withPrefix(prefix)).provision().get();
            content = new DynamoContentRepository(client, ContentTables.withPrefix(prefix), codec);
            ledger = new DynamoProgressLedger(client, ProgressTables.withPrefix(prefix), codec);
        } else {
            javax.sql.DataSource dataSource = PostgresBackend.shared().newDatabase();
            new FlywayProvisioner(PostgresBackend.jdbi(dataSource), "content").provision().get();
            new FlywayProvisioner(PostgresBackend.jdbi(dataSource), "progress").provision().get();
            Jdbi jdbi = Jdbi.create(connect(dataSource));
            content = new PostgresContentRepository(jdbi, codec);
            ledger = new PostgresProgressLedger(jdbi, codec);
        }
        catalog = new ContentCatalog(content, Clock.systemUTC());
        tracker = new ProgressTracker(ledger, new CatalogContentDirectory(content), Clock.systemUTC());
        inputs = new ArrayList<>();
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < events; i++) {
            inputs.add(Event.builder().userId("user-" + (i % 500)).contentId("lab-" + (i % 20)).certification("SAA")
                    .state(i % 3 == 0 ? "COMPLETED" : "VIEWED").score(new BigDecimal(i % 100)).timeSpentSeconds(60L)
                    .sessionId("s-" + i).at(t0.plusSeconds(i)).build());
        }
    }

    private static java.sql.Connection connect(javax.sql.DataSource dataSource) {
        try {
            return dataSource.getConnection();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Setup(Level.Invocation)
    public void freshTenant() {
        tenant = "bench" + tenants.incrementAndGet();
        for (int c = 0; c < 20; c++) {
            catalog.publish(new PublishContent(tenant, "lab-" + c, "SAA", ContentDraft.builder()
                    .title("Lab " + c).contentType("LAB").category("Compute").subcategory("Serverless")
                    .difficulty("BEGINNER").chunkCount(0).questionCount(0).build(), null)).get();
        }
    }

    @Benchmark
    public Object recordAll() {
        return tracker.recordAll(new RecordAllProgress(tenant, inputs)).get();
    }

    @Benchmark
    public Object recordOneByOne() {
        Object last = null;
        for (Event input : inputs) {
            last = tracker.record(new RecordProgress(tenant, input)).get();
        }
        return last;
    }
}
