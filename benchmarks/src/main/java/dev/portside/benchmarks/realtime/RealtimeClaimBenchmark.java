package dev.portside.benchmarks.realtime;

import dev.portside.adapters.dynamodb.realtime.DynamoRequestQueue;
import dev.portside.adapters.dynamodb.realtime.RealtimeTables;
import dev.portside.adapters.dynamodb.realtime.RealtimeTablesProvisioner;
import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.realtime.AsyncRequest;
import dev.portside.domain.realtime.Connection;
import dev.portside.domain.realtime.ConnectionId;
import dev.portside.domain.realtime.Endpoint;
import dev.portside.domain.realtime.JsonPayload;
import dev.portside.domain.realtime.RealtimePolicy;
import dev.portside.domain.realtime.RequestId;
import dev.portside.domain.kernel.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Claim throughput of 4 workers draining one tenant's queue of {@value #QUEUED} PENDING requests on the
 * DynamoDB test server: Portside's {@link DynamoRequestQueue#claimOldestPending} against the same
 * protocol written on the raw SDK ({@link RawClaims}). Each iteration refills the queue under a fresh
 * tenant and empties it afterwards (neither measured); the score is the time per claim.
 * Report ratio = portside / raw.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(4)
public class RealtimeClaimBenchmark {

    static final int QUEUED = 400;
    static final int PER_WORKER = QUEUED / 4;

    private DynamoDbClient client;
    private RealtimeTables tables;
    private DynamoRequestQueue queue;
    private RawClaims raw;
    private volatile TenantId tenant;
    private final AtomicLong sequence = new AtomicLong();
    private final List<String> created = new ArrayList<>();

    @Setup(Level.Trial)
    public void tables() {
        client = DynamoDbBackend.shared().client();
        tables = RealtimeTables.withPrefix(DynamoDbBackend.uniquePrefix() + "bench_");
        new RealtimeTablesProvisioner(client, tables).provision()
                .getOrElseThrow(p -> new IllegalStateException(p.message()));
        queue = new DynamoRequestQueue(client, tables, Clock.systemUTC(), CursorCodec.fromSecret("benchmark-cursors"));
        raw = new RawClaims(client, tables.requests());
    }

    @Setup(Level.Iteration)
    public void fill() {
        tenant = new TenantId("b" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
        Instant now = Instant.now();
        Connection connection = Connection.open(new ConnectionId("bench"), tenant, new UserId("bench"),
                new Endpoint("wss://bench.example.com/ws"), now, RealtimePolicy.DEFAULT.connectionTtl());
        for (int i = 0; i < QUEUED; i++) {
            AsyncRequest request = AsyncRequest.pending(new RequestId("r-" + sequence.incrementAndGet()), connection,
                    "render", new JsonPayload("{\"n\":" + i + "}"), now.plusMillis(i), RealtimePolicy.DEFAULT.requestTtl());
            queue.create(request).getOrElseThrow(p -> new IllegalStateException(p.message()));
            created.add(tenant.value() + "#" + request.id().value());
        }
    }

    /** Empties the table again, so every iteration claims from a table of the same size. */
    @TearDown(Level.Iteration)
    public void drop() {
        for (int from = 0; from < created.size(); from += 25) {
            List<WriteRequest> deletes = created.subList(from, Math.min(created.size(), from + 25)).stream()
                    .map(pk -> WriteRequest.builder().deleteRequest(d -> d.key(Map.of("pk", AttributeValue.fromS(pk))))
                            .build())
                    .toList();
            Map<String, List<WriteRequest>> pending = Map.of(tables.requests(), deletes);
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> batch = pending;
                pending = client.batchWriteItem(b -> b.requestItems(batch)).unprocessedItems();
            }
        }
        created.clear();
    }

    @Benchmark
    @OperationsPerInvocation(PER_WORKER)
    public void portsideClaims(Blackhole sink) {
        while (true) {
            Either<Problem, Option<AsyncRequest>> claimed = queue.claimOldestPending(tenant, Instant.now(),
                    RealtimePolicy.DEFAULT.claimLease());
            if (claimed.isLeft()) {
                throw new IllegalStateException(claimed.getLeft().message());
            }
            if (claimed.get().isEmpty()) {
                return;
            }
            sink.consume(claimed.get().get());
        }
    }

    @Benchmark
    @OperationsPerInvocation(PER_WORKER)
    public void rawConditionalUpdates(Blackhole sink) {
        while (true) {
            String claimed = raw.claim(tenant.value(), System.currentTimeMillis());
            if (claimed == null) {
                return;
            }
            sink.consume(claimed);
        }
    }
}
