package dev.portside.adapters.s3.brands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.inmemory.brands.InMemoryBrandStore;
import dev.portside.adapters.s3.testing.S3ProxyBackend;
import dev.portside.application.brands.BrandCommands.GetMetadata;
import dev.portside.application.brands.BrandCommands.MigrateLayout;
import dev.portside.application.brands.BrandRegistry;
import dev.portside.application.brands.BrandRegistrySettings;
import dev.portside.application.brands.LayoutMigrationReport;
import dev.portside.domain.brands.BrandMetadata;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.IdGenerator;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.UseCaseObserver;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;

/** The layout migration from the original {@code metadata/brand_<id>.json} objects, on s3proxy. */
class S3LegacyLayoutMigrationTest {

    @RegisterExtension
    static final S3ProxyBackend S3 = S3ProxyBackend.shared();
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    private String bucket;
    private BrandRegistry registry;

    @BeforeEach
    void legacyBucket() {
        bucket = S3.newBucket();
        put("metadata/brand_123.json", "{\"brandname\": \"Test Brand\", \"regex\": \"test.*\", \"mccids\": [5411, 5412],"
                + " \"confidence_score\": 0.95, \"brandid\": 123, \"generated_at\": \"2026-11-21T10:15:30.123456\"}");
        put("metadata/brand_124.json", "{\"brandid\": 124, \"brandname\": \"Vet Clinic\", \"regex\": \"(?i)vet\","
                + " \"mccids\": [742], \"confidence_score\": 0.4}");
        put("metadata/brand_125.json", "{\"brandid\": 125, \"brandname\": \"Bad\", \"regex\": \"(a+)+$\","
                + " \"mccids\": [5411], \"confidence_score\": 1.5}");
        put("metadata/brand_126.json", "{not json");
        put("metadata/notes.txt", "not a document");
        registry = registry();
    }

    private BrandRegistry registry() {
        InMemoryBrandStore analytics = new InMemoryBrandStore(CursorCodec.fromSecret("brands-test-key"));
        return new BrandRegistry(new S3BrandDocumentStore(S3.client(), new BrandS3Layout(bucket, "brands"),
                DocumentVisibility.NONE), analytics, new S3LegacyBrandDocuments(S3.client(), bucket, ""),
                Clock.fixed(NOW, ZoneOffset.UTC), IdGenerator.sequential("m"), BrandRegistrySettings.defaults(),
                UseCaseObserver.NONE);
    }

    private void put(String key, String body) {
        S3.client().putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(body));
    }

    @Test
    void aDryRunValidatesAndCountsButWritesNothing() {
        LayoutMigrationReport report = registry.migrateLayout(new MigrateLayout("acme", true)).get();
        assertThat(report).extracting(LayoutMigrationReport::scanned, LayoutMigrationReport::migrated,
                LayoutMigrationReport::alreadyMigrated, LayoutMigrationReport::refused).containsExactly(4, 2, 0, 2);
        assertThat(registry.metadata(new GetMetadata("acme", 123)).getLeft()).isInstanceOf(Problem.NotFound.class);
    }

    @Test
    void validDocumentsMoveToTheTenantsLayoutInvalidOnesAreNamedAndAReRunSkipsWhatIsDone() {
        LayoutMigrationReport report = registry.migrateLayout(new MigrateLayout("acme", false)).get();
        assertThat(report).extracting(LayoutMigrationReport::scanned, LayoutMigrationReport::migrated,
                LayoutMigrationReport::alreadyMigrated, LayoutMigrationReport::refused).containsExactly(4, 2, 0, 2);
        assertThat(report.refusals()).hasSize(2);
        assertThat(report.refusals().get(0)).startsWith("s3://" + bucket + "/metadata/brand_125.json: ")
                .contains("regex", "confidence");
        assertThat(report.refusals().get(1)).isEqualTo("s3://" + bucket + "/metadata/brand_126.json: is not JSON");

        BrandMetadata first = registry.metadata(new GetMetadata("acme", 123)).get();
        assertThat(first.brandName()).isEqualTo("Test Brand");
        assertThat(first.mccIds()).extracting(c -> c.value()).containsExactly("5411", "5412");
        assertThat(first.confidence().toString()).isEqualTo("0.9500");
        assertThat(first.generatedAt()).isEqualTo(Instant.parse("2026-11-21T10:15:30.123Z"));
        assertThat(first.generation()).isEqualTo(1);
        BrandMetadata vet = registry.metadata(new GetMetadata("acme", 124)).get();
        assertThat(vet.mccIds()).extracting(c -> c.value()).containsExactly("0742");
        assertThat(vet.generatedAt()).isEqualTo(NOW);
        assertThat(vet.openEscalation()).isEmpty();
        assertThat(S3.client().headObject(b -> b.bucket(bucket).key("metadata/brand_123.json")).contentLength())
                .as("the original stays").isPositive();

        LayoutMigrationReport again = registry().migrateLayout(new MigrateLayout("acme", false)).get();
        assertThat(again).extracting(LayoutMigrationReport::migrated, LayoutMigrationReport::alreadyMigrated,
                LayoutMigrationReport::refused).containsExactly(0, 2, 2);
        assertThat(registry.metadata(new GetMetadata("acme", 123)).get()).isEqualTo(first);
    }

    @Test
    void aMigrationNeedsAValidTenant() {
        assertThat(registry.migrateLayout(new MigrateLayout(" ", false)).getLeft()).isInstanceOf(Problem.Invalid.class);
    }
}
