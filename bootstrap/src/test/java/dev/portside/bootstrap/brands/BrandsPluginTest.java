package dev.portside.bootstrap.brands;

import dev.portside.bootstrap.spi.DemoSteps;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.inmemory.brands.InMemoryBrandStore;
import dev.portside.adapters.s3.brands.AthenaBrandAnalytics;
import dev.portside.adapters.s3.brands.S3BrandDocumentStore;
import dev.portside.adapters.s3.testing.RgwBackend;
import dev.portside.adapters.sql.brands.PostgresBrandAnalytics;
import dev.portside.adapters.sql.brands.PostgresBrandDocumentStore;
import dev.portside.bootstrap.ContextRegistry;
import dev.portside.bootstrap.ProfileSettings;
import dev.portside.bootstrap.Portside;
import dev.portside.bootstrap.config.PortsideConfig;
import dev.portside.domain.brands.BrandAnalytics;
import dev.portside.domain.brands.BrandDocumentStore;
import dev.portside.domain.kernel.Provisioner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;

class BrandsPluginTest {

    @Test
    void theDemoStoresMetadataOpensAnEscalationAndRunsTwoQueriesInMemory() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DemoSteps steps = new DemoSteps(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try (Portside portside = Portside.start(ContextRegistry.loadConfig(Map.of("portside.profile", "inmemory")))) {
            steps.walk("brands", () -> new BrandsPlugin().demo(portside, steps));
        }
        assertThat(steps.failures()).isEmpty();
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("brand 123 generation 1, no escalation")
                .contains("brand 456 generation 1, escalation")
                .contains("opened: confidence 0.4500 is below the threshold 0.5000")
                .contains("refused as expected (Invalid): 3 invalid fields").contains("backtracks catastrophically")
                .contains("feedback ").contains("SUCCEEDED")
                .contains("brands below confidence 0.5 -> [Corner Cafe (456) 0.4500]")
                .contains("open escalations -> [Corner Cafe OPEN since");
    }

    @Test
    void bothInMemorySlotsShareOneStoreSoAnalyticsSeeTheDocuments() {
        try (Portside portside = Portside.start(ContextRegistry.loadConfig(Map.of("portside.profile", "inmemory")))) {
            assertThat(portside.facade(BrandDocumentStore.class)).isInstanceOf(InMemoryBrandStore.class)
                    .isSameAs(portside.facade(BrandAnalytics.class));
        }
    }

    @Test
    void theAwsProfilePicksS3DocumentsAndAthenaAnalyticsWithTheirProvisioners() {
        Map<String, String> aws = ProfileSettings.of("aws", Map.of("portside.aws.endpoint", "http://127.0.0.1:9",
                "portside.aws.access-key-id", "test", "portside.aws.secret-access-key", "test",
                "portside.brands.confidence-threshold", "0.7"));
        try (Portside portside = Portside.start(ContextRegistry.loadConfig(aws))) {
            assertThat(portside.facade(BrandDocumentStore.class)).isInstanceOf(S3BrandDocumentStore.class);
            assertThat(portside.facade(BrandAnalytics.class)).isInstanceOf(AthenaBrandAnalytics.class);
            assertThat(portside.provisioners()).extracting(Provisioner::name)
                    .contains("s3 bucket portside-brands with brand prefixes",
                            "athena database brand_metadata_generator_db and brand tables");
        }
    }

    @Test
    void theSqlProfilePicksThePostgresStoresForBothSlotsWithTheirMigration() {
        Map<String, String> sql = ProfileSettings.of("sql", Map.of("portside.postgres.url", "jdbc:postgresql://127.0.0.1:9/portside"));
        try (Portside portside = Portside.start(ContextRegistry.loadConfig(sql))) {
            assertThat(portside.facade(BrandDocumentStore.class)).isInstanceOf(PostgresBrandDocumentStore.class);
            assertThat(portside.facade(BrandAnalytics.class)).isInstanceOf(PostgresBrandAnalytics.class);
            assertThat(portside.provisioners()).extracting(Provisioner::name).contains("postgres schema brands");
        }
    }

    @Test
    void aBadBrandsSettingFailsAtStartNamingTheKey() {
        Map<String, String> bad = Map.of("portside.brands.confidence-threshold", "1.5",
                "portside.brands.athena.database", "x; DROP");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ContextRegistry.loadConfig(bad))
                .hasMessageContaining("portside.brands.confidence-threshold")
                .hasMessageContaining("portside.brands.athena.database");
    }

    @Test
    void theMigrateLayoutCommandReportsItsCounts() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(dev.portside.bootstrap.cli.PortsideCli.run(o, e, "brands", "migrate-layout", "--tenant", "acme",
                "--dry-run")).isZero();
        assertThat(dev.portside.bootstrap.cli.PortsideCli.run(o, e, "brands", "migrate-layout", "--tenant", " "))
                .isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("migrate-layout (dry run) for tenant acme:"
                + " 0 legacy documents scanned, 0 to migrate, 0 already migrated, 0 refused");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("tenant");
    }

    @RegisterExtension
    static final RgwBackend RGW = RgwBackend.shared();

    @Test
    void theMigrateLayoutCommandMovesEveryKindOnS3AndReportsCountsPerKind() {
        String bucket = RGW.newBucket();
        put(bucket, "metadata/brand_7.json", "{\"brandid\": 7, \"brandname\": \"Seven\", \"regex\": \"seven\","
                + " \"mccids\": [5411], \"confidence_score\": 0.9}");
        put(bucket, "feedback/brand_7_f1.json", "{\"brandid\": 7, \"feedback_text\": \"ok\", \"category\": \"general\","
                + " \"submitted_at\": \"2026-11-21T10:00:00Z\"}");
        put(bucket, "workflow-executions/exec-7.json", "{\"brandid\": 7, \"status\": \"SUCCEEDED\","
                + " \"duration_seconds\": 3, \"start_time\": \"2026-11-21T10:00:00Z\","
                + " \"execution_arn\": \"arn:aws:states:eu-west-1:123456789012:execution:workflow:exec-7\"}");
        put(bucket, "escalations/brand_7_e1.json", "{\"brandid\": 7, \"brandname\": \"Seven\", \"reason\": \"low\","
                + " \"confidence_score\": 0.3, \"escalated_at\": \"2026-11-21T10:00:00Z\"}");
        put(bucket, "escalations/brand_8_e2.json", "{\"brandid\": 8, \"brandname\": \"Eight\", \"reason\": \"low\","
                + " \"confidence_score\": 2, \"status\": \"open\"}");
        String[] aws = {"--set", "portside.profile=aws", "--set", "portside.aws.region=us-east-1",
                "--set", "portside.aws.access-key-id=" + RGW.accessKey(),
                "--set", "portside.aws.secret-access-key=" + RGW.secretKey(),
                "--set", "portside.s3.endpoint=" + RGW.endpoint(), "--set", "portside.s3.path-style=true",
                "--set", "portside.s3.checksums=when_required", "--set", "portside.brands.bucket=" + bucket,
                "--set", "portside.records.kms-key-id=" + ProfileSettings.of("aws").get("portside.records.kms-key-id")};

        Cli dry = Cli.run(aws, "brands", "migrate-layout", "--tenant", "acme", "--dry-run");
        assertThat(dry.status()).as(dry.out() + dry.err()).isEqualTo(1);
        assertThat(dry.out()).contains("migrate-layout (dry run) for tenant acme: 5 legacy documents scanned,"
                        + " 4 to migrate, 0 already migrated, 1 refused")
                .contains("  metadata: 1 scanned, 1 to migrate, 0 already migrated, 0 refused",
                        "  feedback: 1 scanned, 1 to migrate, 0 already migrated, 0 refused",
                        "  executions: 1 scanned, 1 to migrate, 0 already migrated, 0 refused",
                        "  escalations: 2 scanned, 1 to migrate, 0 already migrated, 1 refused");
        assertThat(dry.err()).contains("refused: s3://" + bucket + "/escalations/brand_8_e2.json: ", "confidence");

        Cli run = Cli.run(aws, "brands", "migrate-layout", "--tenant", "acme");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("4 migrated, 0 already migrated, 1 refused",
                "  executions: 1 scanned, 1 migrated, 0 already migrated, 0 refused");
        RGW.client().deleteObject(b -> b.bucket(bucket).key("escalations/brand_8_e2.json"));

        Cli again = Cli.run(aws, "brands", "migrate-layout", "--tenant", "acme");
        assertThat(again.status()).as(again.out() + again.err()).isZero();
        assertThat(again.out()).contains("4 legacy documents scanned, 0 migrated, 4 already migrated, 0 refused",
                "  feedback: 1 scanned, 0 migrated, 1 already migrated, 0 refused");
    }

    private static void put(String bucket, String key, String body) {
        RGW.client().putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(body));
    }

    /** One run of the {@code portside} command line: its exit status and what it printed. */
    private record Cli(int status, String out, String err) {

        static Cli run(String[] settings, String... command) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(settings),
                    java.util.Arrays.stream(command)).toArray(String[]::new);
            int status = dev.portside.bootstrap.cli.PortsideCli.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), args);
            return new Cli(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
