package dev.portside.benchmarks.brands;

import dev.portside.adapters.s3.brands.BrandJson;
import dev.portside.adapters.s3.brands.BrandS3Layout;
import dev.portside.adapters.s3.brands.DocumentVisibility;
import dev.portside.adapters.s3.brands.S3BrandDocumentStore;
import dev.portside.adapters.s3.testing.S3ProxyBackend;
import dev.portside.domain.brands.BrandId;
import dev.portside.domain.brands.Feedback;
import dev.portside.domain.brands.FeedbackCategory;
import dev.portside.domain.brands.FeedbackId;
import dev.portside.domain.kernel.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One brand document written and read back on s3proxy: through the S3 document adapter (conditional
 * create, JSON mapping, error mapping) and through the raw S3Client doing the same conditional put and
 * get of the same bytes. Report the ratio adapter / raw.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BrandDocumentBenchmark {

    /** s3proxy runs in this JVM: warm its server code before either path is measured, not during the first. */
    private static final int WARM_SERVER = 300;
    private static final Instant AT = Instant.parse("2026-11-21T10:15:30.123Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);
    private final AtomicLong ids = new AtomicLong();
    private final TenantId tenant = new TenantId("bench");
    private S3Client s3;
    private String bucket;
    private BrandS3Layout layout;
    private S3BrandDocumentStore store;

    @Setup
    public void start() {
        S3ProxyBackend backend = S3ProxyBackend.shared();
        s3 = backend.client();
        bucket = backend.newBucket();
        layout = new BrandS3Layout(bucket, "brands");
        store = new S3BrandDocumentStore(s3, layout, DocumentVisibility.NONE);
        for (int i = 0; i < WARM_SERVER; i++) {
            baselineRawClientPutGet();
            portsideAdapterPutGet();
        }
    }

    private Feedback next() {
        return new Feedback(tenant, FeedbackId.issue(DAY, "f" + ids.incrementAndGet()), new BrandId(123),
                "The regex misses 'Corner Coffee' on receipts from the airport branch", FeedbackCategory.REGEX_CORRECTION,
                AT);
    }

    @Benchmark
    public Feedback portsideAdapterPutGet() {
        Feedback feedback = next();
        store.createFeedback(feedback).get();
        return store.feedback(tenant, feedback.id()).get().get();
    }

    @Benchmark
    public byte[] baselineRawClientPutGet() {
        Feedback feedback = next();
        String key = layout.feedback(tenant, feedback.id());
        byte[] body = BrandJson.feedback(feedback);
        s3.putObject(b -> b.bucket(bucket).key(key).contentType("application/json").ifNoneMatch("*"),
                RequestBody.fromBytes(body));
        return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
    }
}
