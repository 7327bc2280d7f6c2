package dev.portside.bootstrap.brands;

import dev.portside.bootstrap.spi.DemoSteps;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.inmemory.brands.InMemoryBrandStore;
import dev.portside.adapters.s3.brands.AthenaBrandAnalytics;
import dev.portside.adapters.s3.brands.S3BrandDocumentStore;
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
}
