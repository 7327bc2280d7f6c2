package dev.portside.benchmarks.peers;

import dev.portside.adapters.dynamodb.content.ContentTables;
import dev.portside.adapters.dynamodb.content.DynamoContentProvisioner;
import dev.portside.adapters.dynamodb.content.DynamoContentRepository;
import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.benchmarks.peers.Rows.ContentRow;
import dev.portside.benchmarks.support.Paired;
import dev.portside.domain.content.CertificationType;
import dev.portside.domain.content.ContentDraft;
import dev.portside.domain.content.ContentId;
import dev.portside.domain.content.ContentItem;
import dev.portside.domain.content.ContentKey;
import dev.portside.domain.content.ContentRules;
import dev.portside.domain.content.ContentVersion;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.TenantId;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The client-side cost of a content get, without the server's variance: the CPU time of the calling thread (the sync
 * client builds, signs, sends, parses and maps in the caller; waiting for the server costs no CPU) and the bytes it
 * allocates per call, for the Portside adapter, the Enhanced Client and the raw client reading the same item on the
 * DynamoDB test server, in rounds with the order rotated. Wall-clock ratios on a shared machine are dominated by the
 * server; this isolates what each path adds on the client.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.portside.benchmarks.peers.GetOverhead [rounds=40] [batch=200]
 * </pre>
 */
public final class GetOverhead {

    private static final TenantId TENANT = new TenantId("bench");

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 200;

        DynamoDbClient real = DynamoDbBackend.shared().client();
        ContentTables tables = ContentTables.withPrefix(DynamoDbBackend.uniquePrefix());
        new DynamoContentProvisioner(real, tables).provision().get();
        new DynamoContentRepository(real, tables, CursorCodec.fromSecret("bench")).create(ContentItem.publish(TENANT,
                new ContentKey(new ContentId("seed-7"), CertificationType.SAA), ContentRules.details(ContentDraft.builder()
                        .title("AWS Lambda Best Practices").contentType("STUDY_GUIDE").category("Compute")
                        .subcategory("Serverless").difficulty("INTERMEDIATE").tags(List.of("lambda", "aws"))
                        .source("lambda.pdf", "bucket").chunkCount(5).questionCount(10).build()).get(),
                ContentVersion.INITIAL, Instant.parse("2026-01-01T00:00:00Z"))).get();
        Map<String, AttributeValue> stored = real.getItem(b -> b.tableName(tables.items()).consistentRead(true)
                .key(Map.of("content_id", AttributeValue.fromS("bench#seed-7"),
                        "certification_type", AttributeValue.fromS("SAA")))).item();
        DynamoDbClient client = real;
        DynamoContentRepository portside = new DynamoContentRepository(client, tables, CursorCodec.fromSecret("bench"));
        DynamoDbTable<ContentRow> enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build()
                .table(tables.items(), Rows.contentSchema());
        ContentKey key = new ContentKey(new ContentId("seed-7"), CertificationType.SAA);
        Key enhancedKey = Key.builder().partitionValue("bench#seed-7").sortValue("SAA").build();
        Map<String, AttributeValue> rawKey = Map.of("content_id", AttributeValue.fromS("bench#seed-7"),
                "certification_type", AttributeValue.fromS("SAA"));
        List<String> names = List.of("raw", "portside", "enhanced");
        List<Callable<Object>> paths = List.of(
                () -> client.getItem(b -> b.tableName(tables.items()).consistentRead(true).key(rawKey)).item(),
                () -> portside.find(TENANT, key).get().get(),
                () -> enhanced.getItem(r -> r.key(enhancedKey).consistentRead(true)));
        if (!stored.get("title").s().equals(((ContentRow) paths.get(2).call()).title)) {
            throw new IllegalStateException("the Enhanced Client read another item");
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        double[][] cpu = new double[3][rounds];
        double[][] bytes = new double[3][rounds];
        Object sink = null;
        int warmup = rounds / 2;
        for (int round = 0; round < warmup + rounds; round++) {
            for (int turn = 0; turn < 3; turn++) {
                int path = (turn + round) % 3;
                long cpuBefore = threads.getCurrentThreadCpuTime();
                long bytesBefore = threads.getThreadAllocatedBytes(thread);
                for (int call = 0; call < batch; call++) {
                    sink = paths.get(path).call();
                }
                if (round >= warmup) {
                    cpu[path][round - warmup] = (threads.getCurrentThreadCpuTime() - cpuBefore) / (double) batch;
                    bytes[path][round - warmup] = (threads.getThreadAllocatedBytes(thread) - bytesBefore) / (double) batch;
                }
            }
        }
        if (sink == null) {
            throw new IllegalStateException("no result");
        }
        for (int path = 0; path < 3; path++) {
            System.out.printf(Locale.ROOT, "%-9s calling-thread CPU %7.1f µs/call, allocated %7.0f B/call%n",
                    names.get(path), median(cpu[path]) / 1000, median(bytes[path]));
        }
        for (int path = 1; path < 3; path++) {
            double[] ratio = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                ratio[round] = cpu[path][round] / cpu[0][round];
            }
            System.out.printf(Locale.ROOT, "%s / raw CPU per call: median %.3f over %d rounds (middle half %.3f-%.3f)%n",
                    names.get(path), median(ratio), rounds, quantile(ratio, 0.25), quantile(ratio, 0.75));
        }
    }

    private static double median(double[] values) {
        return quantile(values, 0.5);
    }

    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
    }

    private GetOverhead() {
    }

}
