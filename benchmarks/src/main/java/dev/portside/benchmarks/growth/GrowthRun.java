package dev.portside.benchmarks.growth;

import dev.portside.adapters.dynamodb.circles.CirclesTable;
import dev.portside.adapters.dynamodb.circles.DynamoBusinessRepository;
import dev.portside.adapters.dynamodb.circles.DynamoCircleRepository;
import dev.portside.adapters.dynamodb.circles.DynamoCirclesProvisioner;
import dev.portside.adapters.dynamodb.circles.DynamoMemberRepository;
import dev.portside.adapters.dynamodb.circles.DynamoResourceRepository;
import dev.portside.adapters.dynamodb.circles.DynamoStoryRepository;
import dev.portside.adapters.dynamodb.content.ContentTables;
import dev.portside.adapters.dynamodb.content.DynamoContentProvisioner;
import dev.portside.adapters.dynamodb.content.DynamoContentRepository;
import dev.portside.adapters.dynamodb.progress.DynamoProgressLedger;
import dev.portside.adapters.dynamodb.progress.DynamoProgressProvisioner;
import dev.portside.adapters.dynamodb.progress.ProgressTables;
import dev.portside.adapters.dynamodb.support.Batches;
import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.adapters.sql.brands.PostgresBrandAnalytics;
import dev.portside.adapters.sql.circles.CirclesDb;
import dev.portside.adapters.sql.circles.PostgresBusinessRepository;
import dev.portside.adapters.sql.circles.PostgresCircleRepository;
import dev.portside.adapters.sql.circles.PostgresMemberRepository;
import dev.portside.adapters.sql.circles.PostgresResourceRepository;
import dev.portside.adapters.sql.circles.PostgresStoryRepository;
import dev.portside.adapters.sql.content.PostgresContentRepository;
import dev.portside.adapters.sql.progress.PostgresProgressLedger;
import dev.portside.adapters.sql.support.FlywayProvisioner;
import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.application.circles.Community;
import dev.portside.application.circles.CommunityCommands.CreateCircle;
import dev.portside.application.circles.CommunityCommands.JoinCircle;
import dev.portside.application.circles.CommunityCommands.MemberForm;
import dev.portside.application.circles.CommunityCommands.RegisterMember;
import dev.portside.application.circles.CommunityCommands.RegisterMembers;
import dev.portside.application.circles.Ports;
import dev.portside.benchmarks.support.Paired;
import dev.portside.domain.brands.BrandAnalytics;
import dev.portside.domain.brands.FeedbackCategory;
import dev.portside.domain.circles.CircleId;
import dev.portside.domain.circles.CircleRepository;
import dev.portside.domain.content.CertificationType;
import dev.portside.domain.content.ContentDraft;
import dev.portside.domain.content.ContentId;
import dev.portside.domain.content.ContentItem;
import dev.portside.domain.content.ContentKey;
import dev.portside.domain.content.ContentRepository;
import dev.portside.domain.content.ContentRules;
import dev.portside.domain.content.ContentVersion;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.IdGenerator;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.UserId;
import dev.portside.domain.progress.ProgressEntry;
import dev.portside.domain.progress.ProgressKey;
import dev.portside.domain.progress.ProgressLedger;
import dev.portside.domain.progress.ProgressState;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Whether the listings stay as fast as their stores grow: each query runs against one store holding the smallest
 * size of items and others holding more, in the same process, interleaved in rotated batches ({@link Paired}). The
 * queried key matches the same items at every size (a learner's 20 entries, 100 entries of a certification in the
 * queried time window, a circle's 100 members, a category's 100 items, 200 feedback documents of a day and
 * category); only the rest of the store grows. The figure is the median per-round ratio cost(large) / cost(small)
 * with its 95 % interval. Stores are loaded with the bulk paths where a port has one ({@code importAll},
 * {@code registerAll}); content and brand feedback, which have none, are loaded by copying one item written by the
 * adapter (BatchWriteItem on DynamoDB, {@code INSERT ... SELECT} from {@code generate_series} on PostgreSQL).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.portside.benchmarks.growth.GrowthRun \
 *     postgres=10000,1000000 rounds=20 batch=5 out=docs/benchmarks/growth-postgres.json
 * </pre>
 * {@code only=<query>,<query>} times only those listings (all are still loaded). On PostgreSQL each store also
 * reports the buffer pages each listing touches per call, from the server's I/O statistics.
 *
 * Writes a JMH-shaped JSON result file (one entry per query, backend and size: the median time per call and its 95 %
 * interval, and the ratio to the smallest size) for {@code scripts/growth-chart.js}.
 */
public final class GrowthRun {

    private static final TenantId TENANT = new TenantId("bench");
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final CursorCodec CURSORS = CursorCodec.fromSecret("growth");
    private static final PrintStream OUT = System.out;

    /** One store of one size on one backend, and its queries. */
    record Store(int items, Map<String, Long> loadMillis, Map<String, Callable<Object>> queries,
                 Map<String, Double> pagesPerCall) {
    }

    public static void main(String[] args) throws Exception {
        OUT.printf("load average at start: %.2f%n", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
        Map<String, List<Integer>> sizes = new LinkedHashMap<>();
        int rounds = 30;
        int batch = 5;
        Path out = Path.of("growth.json");
        List<String> only = null;
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            switch (kv[0]) {
                case "dynamodb", "postgres" -> sizes.put(kv[0],
                        java.util.Arrays.stream(kv[1].split(",")).map(Integer::valueOf).toList());
                case "rounds" -> rounds = Integer.parseInt(kv[1]);
                case "batch" -> batch = Integer.parseInt(kv[1]);
                case "out" -> out = Path.of(kv[1]);
                case "only" -> only = List.of(kv[1].split(","));
                default -> throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        List<String> json = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> backend : sizes.entrySet()) {
            List<Store> stores = new ArrayList<>();
            for (int items : backend.getValue()) {
                stores.add(backend.getKey().equals("dynamodb") ? dynamo(items) : postgres(items));
            }
            for (String query : stores.get(0).queries().keySet()) {
                if (only != null && !only.contains(query)) {
                    continue;
                }
                Paired paired = Paired.rounds(rounds).warmup(Math.max(2, rounds / 5)).batch(batch);
                for (Store store : stores) {
                    paired.add(Integer.toString(store.items()), store.queries().get(query));
                }
                OUT.println("== " + backend.getKey() + " " + query);
                Paired.Result result = paired.run();
                result.print(OUT);
                String small = Integer.toString(stores.get(0).items());
                for (Store store : stores) {
                    String size = Integer.toString(store.items());
                    Paired.Ratio ratio = result.ratio(size, small);
                    json.add(entry(backend.getKey(), query, store.items(), result, size, ratio));
                    if (store != stores.get(0)) {
                        Double pages = store.pagesPerCall().get(query);
                        Double smallPages = stores.get(0).pagesPerCall().get(query);
                        summary.add(String.format(Locale.ROOT, "%-9s %-28s %8d / %-6s %8.0f µs / %8.0f µs   %s%s",
                                backend.getKey(), query, store.items(), small, result.median(size) / 1000,
                                result.median(small) / 1000, ratio, pages == null ? ""
                                        : String.format(Locale.ROOT, "   pages per call %.1f / %.1f", pages,
                                                smallPages)));
                    }
                }
            }
        }
        Files.writeString(out, "[\n" + String.join(",\n", json) + "\n]\n");
        OUT.printf("load average at end: %.2f%n", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
        OUT.println();
        summary.forEach(OUT::println);
        OUT.println("results: " + out.toAbsolutePath());
    }

    private static String entry(String backend, String query, int items, Paired.Result result, String path,
                                Paired.Ratio ratio) {
        double[] interval = medianInterval(result.nanosPerCall(path));
        return String.format(Locale.ROOT, "  {\"benchmark\": \"dev.portside.benchmarks.growth.GrowthRun.%s\", "
                        + "\"mode\": \"avgt\", \"params\": {\"backend\": \"%s\", \"items\": \"%d\"}, "
                        + "\"primaryMetric\": {\"score\": %.1f, \"scoreUnit\": \"us/op\", "
                        + "\"scoreConfidence\": [%.1f, %.1f]}, "
                        + "\"ratioToSmallest\": {\"median\": %.3f, \"low\": %.3f, \"high\": %.3f}}",
                query, backend, items, result.median(path) / 1000, interval[0] / 1000, interval[1] / 1000,
                ratio.median(), ratio.low(), ratio.high());
    }

    private static <T> T timed(Map<String, Long> loads, String name, Supplier<T> load) {
        long started = System.nanoTime();
        T value = load.get();
        long millis = (System.nanoTime() - started) / 1_000_000;
        loads.put(name, millis);
        OUT.printf("loaded %-12s in %7d ms%n", name, millis);
        return value;
    }

    private static <T> T ok(Either<?, T> result) {
        return result.getOrElseThrow(p -> new IllegalStateException(String.valueOf(p)));
    }

    private static <T> Callable<Object> checkedPage(int expected, Callable<Either<?, Page<T>>> query) {
        return () -> {
            Page<T> page = ok(query.call());
            if (page.items().size() != expected) {
                throw new IllegalStateException("a page of " + page.items().size() + ", expected " + expected);
            }
            return page;
        };
    }

    // ---- data ---------------------------------------------------------------------------------------------

    /** Learner "u{i/20}" has content "c{i%20}"; the entry's time is T0 + i s, so 100 s of window hold 100 entries. */
    private static List<ProgressEntry> progress(int from, int to) {
        List<ProgressEntry> entries = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            Instant at = T0.plusSeconds(i);
            entries.add(new ProgressEntry(TENANT, new ProgressKey(new UserId("u" + i / 20), new ContentId("c" + i % 20),
                    CertificationType.SAA), ProgressState.VIEWED, Option.some(new BigDecimal(i % 100)),
                    Duration.ofSeconds(60), 1, Option.some("s" + i), at, at, Revision.INITIAL));
        }
        return entries;
    }

    private static void loadProgress(ProgressLedger ledger, int items) {
        for (int from = 0; from < items; from += 10_000) {
            List<ProgressKey> taken = ok(ledger.importAll(TENANT, progress(from, Math.min(items, from + 10_000))));
            if (!taken.isEmpty()) {
                throw new IllegalStateException(taken.size() + " progress keys already taken");
            }
        }
    }

    /** {@code items} members by registerAll, then a circle with 100 of them. */
    private static void loadCircles(Community community, int items) {
        for (int from = 0; from < items; from += 1000) {
            List<RegisterMember> batch = new ArrayList<>();
            for (int i = from; i < Math.min(items, from + 1000); i++) {
                batch.add(new RegisterMember("bench", "m" + i, MemberForm.basic("m" + i + "@example.com", "Member " + i)));
            }
            int written = ok(community.members().registerAll(new RegisterMembers("bench", batch))).written().size();
            if (written != batch.size()) {
                throw new IllegalStateException("registered " + written + " of " + batch.size());
            }
        }
        ok(community.circles().create(CreateCircle.builder("bench", "m0", "Growth", "SOCIAL", "PUBLIC").id("c1")
                .maxMembers(500).build()));
        for (int i = 1; i < 100; i++) {
            ok(community.circles().join(new JoinCircle("bench", "c1", "m" + i)));
        }
    }

    private static ContentItem template() {
        return ContentItem.publish(TENANT, new ContentKey(new ContentId("template"), CertificationType.SAA),
                ContentRules.details(ContentDraft.builder().title("AWS Lambda Best Practices").contentType("STUDY_GUIDE")
                        .category("template").subcategory("Serverless").difficulty("INTERMEDIATE")
                        .tags(List.of("lambda", "aws")).source("lambda.pdf", "bucket").chunkCount(5).questionCount(10)
                        .build()).get(), ContentVersion.INITIAL, T0);
    }

    /** Category of the i-th content item: 100 items per category. */
    private static String category(int i, int items) {
        return "cat" + i % Math.max(1, items / 100);
    }

    private static Map<String, Callable<Object>> queries(ProgressLedger ledger, CircleRepository circles,
                                                        ContentRepository content, int items) {
        Map<String, Callable<Object>> queries = new LinkedHashMap<>();
        Instant window = T0.plusSeconds(items / 2);
        queries.put("progressByUser", checkedPage(20, () -> ledger.byUser(TENANT, new UserId("u7"), Option.none(),
                PageRequest.first(20))));
        queries.put("progressByCertification", checkedPage(20, () -> ledger.byCertification(TENANT,
                CertificationType.SAA, window, window.plusSeconds(100), PageRequest.first(20))));
        queries.put("circleMembersPage", checkedPage(20, () -> circles.members(TENANT, new CircleId("c1"),
                Option.none(), Option.none(), PageRequest.first(20))));
        queries.put("contentByCategory", checkedPage(20, () -> content.listByCategory(TENANT, "cat7", Option.none(),
                PageRequest.first(20))));
        return queries;
    }

    // ---- DynamoDB -----------------------------------------------------------------------------------------

    private static Store dynamo(int items) {
        DynamoDbClient client = DynamoDbBackend.shared().client();
        String prefix = DynamoDbBackend.uniquePrefix();
        Map<String, Long> loads = new LinkedHashMap<>();
        OUT.println("DynamoDB store of " + items);

        ProgressTables progressTables = ProgressTables.withPrefix(prefix);
        ok(new DynamoProgressProvisioner(client, progressTables).provision());
        DynamoProgressLedger ledger = new DynamoProgressLedger(client, progressTables, CURSORS);
        timed(loads, "progress", () -> {
            loadProgress(ledger, items);
            return null;
        });

        CirclesTable table = new CirclesTable(client, prefix + "circles", CURSORS);
        ok(new DynamoCirclesProvisioner(table).provision());
        DynamoCircleRepository circles = new DynamoCircleRepository(table);
        Community community = new Community(new Ports(new DynamoMemberRepository(table), circles,
                new DynamoStoryRepository(table), new DynamoBusinessRepository(table), new DynamoResourceRepository(table),
                Clock.systemUTC(), IdGenerator.random()));
        timed(loads, "circles", () -> {
            loadCircles(community, items);
            return null;
        });

        ContentTables contentTables = ContentTables.withPrefix(prefix);
        ok(new DynamoContentProvisioner(client, contentTables).provision());
        DynamoContentRepository content = new DynamoContentRepository(client, contentTables, CURSORS);
        ok(content.create(template()));
        Map<String, AttributeValue> model = client.getItem(g -> g.tableName(contentTables.items()).consistentRead(true)
                .key(Map.of(ContentTables.PK, AttributeValue.fromS("bench#template"),
                        ContentTables.SK, AttributeValue.fromS("SAA")))).item();
        Batches batches = new Batches(client);
        timed(loads, "content", () -> {
            for (int from = 0; from < items; from += 1000) {
                List<Map<String, AttributeValue>> chunk = new ArrayList<>();
                for (int i = from; i < Math.min(items, from + 1000); i++) {
                    chunk.add(contentCopy(model, "g" + i, category(i, items)));
                }
                ok(batches.put(contentTables.items(), chunk));
            }
            return null;
        });
        return new Store(items, loads, queries(ledger, circles, content, items), Map.of());
    }

    /** The adapter's stored item with another id and category, index keys included. */
    private static Map<String, AttributeValue> contentCopy(Map<String, AttributeValue> model, String id,
                                                           String category) {
        Map<String, AttributeValue> a = new HashMap<>(model);
        String sep = "\u001f";
        a.put(ContentTables.PK, AttributeValue.fromS("bench#" + id));
        a.put("id", AttributeValue.fromS(id));
        a.put("category", AttributeValue.fromS(category));
        a.put(ContentTables.CERT_SORT, AttributeValue.fromS(category + sep + id));
        a.put(ContentTables.CATEGORY_KEY, AttributeValue.fromS("bench#" + category));
        a.put(ContentTables.CATEGORY_SORT, AttributeValue.fromS(id + sep + "SAA"));
        a.put(ContentTables.TYPE_SORT, AttributeValue.fromS("2026-01-01T00:00:00.000Z" + sep + id + sep + "SAA"));
        a.remove("write_id");
        return a;
    }

    // ---- PostgreSQL ---------------------------------------------------------------------------------------

    private static Store postgres(int items) throws SQLException {
        DataSource dataSource = PostgresBackend.shared().newDatabase();
        for (String context : List.of("progress", "circles", "content", "brands")) {
            ok(new FlywayProvisioner(PostgresBackend.jdbi(dataSource), context).provision());
        }
        Connection connection = dataSource.getConnection();
        Jdbi jdbi = Jdbi.create(connection);
        Map<String, Long> loads = new LinkedHashMap<>();
        OUT.println("PostgreSQL store of " + items);

        PostgresProgressLedger ledger = new PostgresProgressLedger(jdbi, CURSORS);
        timed(loads, "progress", () -> {
            loadProgress(ledger, items);
            return null;
        });

        CirclesDb db = new CirclesDb(jdbi, CURSORS);
        PostgresCircleRepository circles = new PostgresCircleRepository(db);
        Community community = new Community(new Ports(new PostgresMemberRepository(db), circles,
                new PostgresStoryRepository(db), new PostgresBusinessRepository(db), new PostgresResourceRepository(db),
                Clock.systemUTC(), IdGenerator.random()));
        timed(loads, "circles", () -> {
            loadCircles(community, items);
            return null;
        });

        PostgresContentRepository content = new PostgresContentRepository(jdbi, CURSORS);
        ok(content.create(template()));
        timed(loads, "content", () -> jdbi.withHandle(h -> h.createUpdate("""
                INSERT INTO content_item (tenant, content_id, certification, title, content_type, category, subcategory,
                    difficulty, tags, source_file, source_bucket, chunk_count, question_count, version, active,
                    created_at, updated_at, revision)
                SELECT t.tenant, 'g' || g, t.certification, t.title, t.content_type, 'cat' || (g % :categories),
                    t.subcategory, t.difficulty, t.tags, t.source_file, t.source_bucket, t.chunk_count, t.question_count,
                    t.version, t.active, t.created_at, t.updated_at, t.revision
                FROM content_item t, generate_series(0, :items - 1) g
                WHERE t.tenant = 'bench' AND t.content_id = 'template'""")
                .bind("categories", Math.max(1, items / 100)).bind("items", items).execute()));

        // 1000 feedback documents a day, the five categories in turn: a day holds 200 of each category.
        timed(loads, "brands", () -> jdbi.withHandle(h -> h.createUpdate("""
                INSERT INTO brand_feedback (tenant, feedback_id, brand_id, text, category, submitted_at)
                SELECT 'bench', to_char(at, 'YYYY-MM-DD') || '_f' || g, 1 + g % 500,
                    'The regex misses ''Corner Coffee'' on receipts from the airport branch',
                    (ARRAY['REGEX_CORRECTION', 'MCC_CORRECTION', 'NAME_CORRECTION', 'FALSE_POSITIVE', 'GENERAL'])[1 + g % 5],
                    at
                FROM generate_series(0, :items - 1) g,
                    LATERAL (SELECT timestamptz '2026-01-01 00:00:00+00' + g * interval '86.4 seconds' AS at) t""")
                .bind("items", items).execute()));
        jdbi.useHandle(h -> h.execute("ANALYZE"));

        Map<String, Callable<Object>> queries = queries(ledger, circles, content, items);
        BrandAnalytics brands = new PostgresBrandAnalytics(jdbi, CURSORS);
        LocalDate day = LocalDate.ofInstant(T0, ZoneOffset.UTC).plusDays(items / 2000);
        queries.put("brandFeedbackByDay", checkedPage(20, () -> brands.feedback(TENANT,
                FeedbackCategory.REGEX_CORRECTION, day, day, PageRequest.first(20))));
        return new Store(items, loads, queries, pagesPerCall(jdbi, queries));
    }

    /**
     * The buffer pages (table and index, from the server's cache or not) each query touches per call, from the
     * server's own I/O statistics around 20 calls: a figure the machine's load does not move. A listing whose
     * pages per call are the same at every size reads the same index range whatever the table holds.
     */
    private static Map<String, Double> pagesPerCall(Jdbi jdbi, Map<String, Callable<Object>> queries) {
        Map<String, Double> pages = new LinkedHashMap<>();
        for (Map.Entry<String, Callable<Object>> query : queries.entrySet()) {
            int calls = 20;
            long before = pagesTouched(jdbi);
            long overhead = pagesTouched(jdbi) - before;
            before = pagesTouched(jdbi);
            for (int i = 0; i < calls; i++) {
                try {
                    query.getValue().call();
                } catch (Exception e) {
                    throw new IllegalStateException(query.getKey(), e);
                }
            }
            pages.put(query.getKey(), (pagesTouched(jdbi) - before - overhead) / (double) calls);
        }
        OUT.println("pages per call: " + pages);
        return pages;
    }

    private static long pagesTouched(Jdbi jdbi) {
        return jdbi.withHandle(h -> {
            h.execute("SELECT pg_stat_force_next_flush()");
            return h.createQuery("""
                    SELECT COALESCE(SUM(COALESCE(heap_blks_read, 0) + COALESCE(heap_blks_hit, 0)
                        + COALESCE(idx_blks_read, 0) + COALESCE(idx_blks_hit, 0)), 0)
                    FROM pg_statio_user_tables""").mapTo(Long.class).one();
        });
    }

    /** A distribution-free 95 % interval for the median of one path's times (the order statistics Paired uses). */
    private static double[] medianInterval(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        double half = 1.96 * Math.sqrt(n) / 2;
        return new double[] {sorted[(int) Math.max(0, Math.floor(n / 2.0 - half) - 1)],
                sorted[(int) Math.min(n - 1, Math.ceil(n / 2.0 + half))]};
    }

    private GrowthRun() {
    }
}
