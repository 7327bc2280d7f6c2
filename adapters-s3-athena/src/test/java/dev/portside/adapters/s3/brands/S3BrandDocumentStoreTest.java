package dev.portside.adapters.s3.brands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.s3.testing.S3ProxyBackend;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.testkit.records.Concurrently;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import dev.portside.domain.brands.BrandDocumentStore;
import dev.portside.domain.brands.BrandMetadata;
import dev.portside.domain.kernel.TenantId;
import dev.portside.testkit.brands.BrandDocumentStoreContract;
import dev.portside.testkit.brands.BrandSamples;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class S3BrandDocumentStoreTest extends BrandDocumentStoreContract {

    @RegisterExtension
    static final S3ProxyBackend S3 = S3ProxyBackend.shared();

    private static String bucket;
    private BrandS3Layout layout;
    private S3BrandDocumentStore store;

    @BeforeEach
    void connect() {
        if (bucket == null) {
            bucket = S3.newBucket();
        }
        layout = new BrandS3Layout(bucket, "brands");
        store = new S3BrandDocumentStore(S3.client(), layout, DocumentVisibility.NONE);
    }

    @Override
    protected BrandDocumentStore store() {
        return store;
    }

    @Test
    void aStaleSaveIsRefusedByTheConditionalWriteItself() {
        TenantId tenant = freshTenant();
        BrandMetadata metadata = BrandSamples.metadata(tenant, freshBrand(), "0.9", Instant.parse("2026-01-01T00:00:00Z"));
        store.createMetadata(metadata, Option.none()).get();
        store.saveMetadata(metadata, Option.none()).get();
        List<Integer> putStatuses = new CopyOnWriteArrayList<>();
        S3BrandDocumentStore watched = new S3BrandDocumentStore(S3.newClient(false, new ExecutionInterceptor() {
            @Override
            public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
                if ("PutObject".equals(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))) {
                    putStatuses.add(context.httpResponse().statusCode());
                }
            }
        }), layout, DocumentVisibility.NONE);
        watched.saveMetadata(metadata.withRevision(new Revision(2)), Option.none()).get();

        Problem stale = watched.saveMetadata(metadata.withRevision(new Revision(2)), Option.none()).getLeft();

        assertThat(stale).isEqualTo(new Problem.Conflict("brand metadata", "brand " + metadata.brandId(),
                new Revision(2), new Revision(3)));
        assertThat(putStatuses).containsExactly(200, 412);
    }

    @Test
    void metadataIsAJsonObjectUnderHiveStylePartitionKeys() {
        TenantId tenant = freshTenant();
        BrandMetadata metadata = BrandSamples.metadata(tenant, 123, "0.95", BrandSamples.T0);
        store.createMetadata(metadata, Option.none()).get();
        String key = "brands/metadata/tenant=" + tenant + "/brand_id=123/metadata.json";
        assertThat(layout.metadata(tenant, metadata.brandId())).isEqualTo(key);
        String json = S3.client().getObjectAsBytes(b -> b.bucket(bucket).key(key)).asString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"brand_id\":123", "\"confidence\":0.9500", "\"mcc_ids\":[\"5411\",\"0742\"]",
                "\"generated_at\":\"2026-11-21T10:15:30.123Z\"");
    }

    @Test
    void aCorruptedDocumentIsUnavailableNeverAnException() {
        TenantId tenant = freshTenant();
        BrandMetadata metadata = BrandSamples.metadata(tenant, 321, "0.95", BrandSamples.T0);
        S3.client().putObject(b -> b.bucket(bucket).key(layout.metadata(tenant, metadata.brandId())),
                software.amazon.awssdk.core.sync.RequestBody.fromString("{not json"));
        assertThat(store.metadata(tenant, metadata.brandId()).getLeft())
                .isInstanceOf(dev.portside.domain.kernel.Problem.Unavailable.class);
        assertThat(store.saveMetadata(metadata, Option.none()).getLeft().message())
                .contains("is not a readable brand document");
    }

    @Test
    void anArnPointerLeftByAnInterruptedWriteIsTakenOverOnlyAfterTheGracePeriodAndALookupNeverTrustsAPointerAlone() {
        TenantId tenant = freshTenant();
        dev.portside.domain.brands.WorkflowExecution execution = BrandSamples.execution(tenant, freshBrand(),
                BrandSamples.T0);
        String arn = execution.arn().get();
        String pointer = layout.executionArn(tenant, arn);
        // A pointer as a release before pointed_at wrote it: dated by the object's last modification.
        S3.client().putObject(b -> b.bucket(bucket).key(pointer), software.amazon.awssdk.core.sync.RequestBody
                .fromString("{\"execution_arn\":\"" + arn + "\",\"execution_id\":\""
                        + dev.portside.domain.brands.ExecutionId.issue(BrandSamples.day(BrandSamples.T0), "never-written")
                        + "\"}"));
        assertThat(store.executionByArn(tenant, new dev.portside.domain.brands.ExecutionArn(arn)).get()).isEmpty();
        dev.portside.testkit.time.MutableClock clock = new dev.portside.testkit.time.MutableClock(Instant.now());
        S3BrandDocumentStore later = new S3BrandDocumentStore(S3.client(), layout, DocumentVisibility.NONE, clock,
                S3BrandDocumentStore.POINTER_GRACE);

        assertThat(later.createExecution(execution).getLeft()).isInstanceOfSatisfying(Problem.Unavailable.class,
                u -> assertThat(u.retriable()).isTrue());
        assertThat(later.execution(tenant, execution.id()).get()).isEmpty();
        clock.advance(S3BrandDocumentStore.POINTER_GRACE.plusSeconds(5));
        assertThat(later.createExecution(execution).get()).isEqualTo(execution);
        assertThat(store.executionByArn(tenant, new dev.portside.domain.brands.ExecutionArn(arn)).get())
                .contains(execution);
        assertThat(pointer).startsWith("brands/execution_arns/tenant=" + tenant + "/").endsWith(".json");
        assertThat(S3.client().getObjectAsBytes(b -> b.bucket(bucket).key(pointer)).asUtf8String())
                .contains(execution.id().value(), arn, "pointed_at");
    }

    @Test
    void aFailedExecutionWriteDeletesThePointerItWroteAndNoOtherOne() {
        TenantId tenant = freshTenant();
        dev.portside.domain.brands.WorkflowExecution execution = BrandSamples.execution(tenant, freshBrand(),
                BrandSamples.T0);
        S3BrandDocumentStore failing = new S3BrandDocumentStore(S3.newClient(false, new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof software.amazon.awssdk.services.s3.model.PutObjectRequest put
                        && put.key().contains("/executions/")) {
                    throw software.amazon.awssdk.core.exception.SdkClientException.create("connection reset (injected)");
                }
            }
        }), layout, DocumentVisibility.NONE);
        String pointer = layout.executionArn(tenant, execution.arn().get());

        assertThat(failing.createExecution(execution).getLeft().message())
                .contains("compensation succeeded: deleted " + layout.url(pointer), "no partial state remains");
        assertThat(S3.client().listObjectsV2(b -> b.bucket(bucket).prefix(pointer)).contents()).isEmpty();
        assertThat(store.createExecution(execution).get()).isEqualTo(execution);
    }
}
