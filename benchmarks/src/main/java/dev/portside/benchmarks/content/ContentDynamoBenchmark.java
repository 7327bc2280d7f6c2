package dev.portside.benchmarks.content;

import dev.portside.adapters.dynamodb.content.ContentTables;
import dev.portside.adapters.dynamodb.content.DynamoContentProvisioner;
import dev.portside.adapters.dynamodb.content.DynamoContentRepository;
import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.domain.content.CertificationType;
import dev.portside.domain.content.ContentDetails;
import dev.portside.domain.content.ContentId;
import dev.portside.domain.content.ContentItem;
import dev.portside.domain.content.ContentKey;
import dev.portside.domain.content.ContentVersion;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.TenantId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The DynamoDB content repository against the raw DynamoDbClient doing the same calls (a
 * transactional put of item and snapshot, a consistent get, a GSI query of 20) on the same server.
 * Report the ratio portside/raw per operation. Each pair is named so that JMH runs its two halves back to back
 * (get, then put, then query), which keeps the server's drift out of the ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ContentDynamoBenchmark {

    private static final TenantId TENANT = new TenantId("bench");
    private static final ContentDetails DETAILS = BenchmarkContent.DETAILS;

    private DynamoDbClient client;
    private ContentTables tables;
    private DynamoContentRepository repository;
    private final AtomicLong ids = new AtomicLong();

    @Setup(Level.Trial)
    public void setUp() {
        client = DynamoDbBackend.shared().client();
        tables = ContentTables.withPrefix(DynamoDbBackend.uniquePrefix());
        new DynamoContentProvisioner(client, tables).provision().get();
        repository = new DynamoContentRepository(client, tables, CursorCodec.fromSecret("bench"));
        for (int i = 0; i < 50; i++) {
            repository.create(item("seed-" + i)).get();
        }
    }

    private static ContentItem item(String id) {
        return ContentItem.publish(TENANT, new ContentKey(new ContentId(id), CertificationType.SAA), DETAILS,
                ContentVersion.INITIAL, Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Benchmark
    public Object putPortside() {
        return repository.create(item("p-" + ids.incrementAndGet()));
    }

    @Benchmark
    public Object putRaw() {
        String id = "r-" + ids.incrementAndGet();
        Map<String, AttributeValue> a = rawAttributes(id);
        Map<String, AttributeValue> snapshot = new HashMap<>(a);
        snapshot.remove("content_id");
        snapshot.remove("certification_type");
        snapshot.put("item_key", AttributeValue.fromS("bench#" + id + "#SAA"));
        snapshot.put("version_key", AttributeValue.fromS("000000001.000000000.000000000"));
        return client.transactWriteItems(b -> b.transactItems(
                TransactWriteItem.builder().put(Put.builder().tableName(tables.items()).item(a)
                        .conditionExpression("attribute_not_exists(content_id)").build()).build(),
                TransactWriteItem.builder().put(Put.builder().tableName(tables.history()).item(snapshot).build()).build()));
    }

    @Benchmark
    public Object getPortside() {
        return repository.find(TENANT, new ContentKey(new ContentId("seed-7"), CertificationType.SAA));
    }

    @Benchmark
    public void getRaw(Blackhole hole) {
        Map<String, AttributeValue> item = client.getItem(b -> b.tableName(tables.items()).consistentRead(true)
                .key(Map.of("content_id", AttributeValue.fromS("bench#seed-7"),
                        "certification_type", AttributeValue.fromS("SAA")))).item();
        item.forEach((k, v) -> hole.consume(v));
    }

    @Benchmark
    public Object queryPortside() {
        return repository.listByCertification(TENANT, CertificationType.SAA, PageRequest.first(20));
    }

    @Benchmark
    public void queryRaw(Blackhole hole) {
        client.query(b -> b.tableName(tables.items()).indexName("CertificationTypeIndex").limit(21)
                .keyConditionExpression("cert_key = :k")
                .expressionAttributeValues(Map.of(":k", AttributeValue.fromS("bench#SAA"))))
                .items().forEach(hole::consume);
    }

    private static Map<String, AttributeValue> rawAttributes(String id) {
        Map<String, AttributeValue> a = new HashMap<>();
        a.put("content_id", AttributeValue.fromS("bench#" + id));
        a.put("certification_type", AttributeValue.fromS("SAA"));
        a.put("tenant", AttributeValue.fromS("bench"));
        a.put("id", AttributeValue.fromS(id));
        a.put("title", AttributeValue.fromS("AWS Lambda Best Practices"));
        a.put("content_type", AttributeValue.fromS("STUDY_GUIDE"));
        a.put("category", AttributeValue.fromS("Compute"));
        a.put("subcategory", AttributeValue.fromS("Serverless"));
        a.put("difficulty", AttributeValue.fromS("INTERMEDIATE"));
        a.put("tags", AttributeValue.fromL(List.of(AttributeValue.fromS("aws"), AttributeValue.fromS("lambda"))));
        a.put("source_file", AttributeValue.fromS("lambda.pdf"));
        a.put("source_bucket", AttributeValue.fromS("bucket"));
        a.put("chunk_count", AttributeValue.fromN("5"));
        a.put("question_count", AttributeValue.fromN("10"));
        a.put("version", AttributeValue.fromS("1.0"));
        a.put("active", AttributeValue.fromBool(true));
        a.put("created_at", AttributeValue.fromS("2026-01-01T00:00:00.000Z"));
        a.put("updated_at", AttributeValue.fromS("2026-01-01T00:00:00.000Z"));
        a.put("revision", AttributeValue.fromN("1"));
        a.put("cert_key", AttributeValue.fromS("bench#SAA"));
        a.put("cert_sort", AttributeValue.fromS("Compute\u001f" + id));
        a.put("category_key", AttributeValue.fromS("bench#Compute"));
        a.put("category_sort", AttributeValue.fromS(id + "\u001fSAA"));
        a.put("type_key", AttributeValue.fromS("bench#STUDY_GUIDE"));
        a.put("type_sort", AttributeValue.fromS("2026-01-01T00:00:00.000Z\u001f" + id + "\u001fSAA"));
        return a;
    }
}
