package dev.portside.adapters.s3.brands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.s3.testing.AthenaTestEndpoint;
import dev.portside.adapters.s3.testing.S3ProxyBackend;
import io.vavr.control.Option;
import java.util.List;
import software.amazon.awssdk.core.sync.RequestBody;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BrandProvisionersTest {

    @RegisterExtension
    static final S3ProxyBackend S3 = S3ProxyBackend.shared();

    @Test
    void theS3ProvisionerCreatesTheBucketAndPrefixesOnceAndThenFindsThem() {
        BrandS3Layout layout = new BrandS3Layout("brands-" + UUID.randomUUID().toString().substring(0, 8), "env/brands");
        S3BrandProvisioner provisioner = new S3BrandProvisioner(S3.client(), layout);
        assertThat(provisioner.provision().get()).startsWith("bucket " + layout.bucket() + " created");
        assertThat(provisioner.provision().get()).startsWith("unchanged: bucket " + layout.bucket() + " found")
                .endsWith("(0 created)");
        assertThat(S3.client().listObjectsV2(b -> b.bucket(layout.bucket())).contents())
                .extracting(o -> o.key()).containsExactlyInAnyOrder("env/brands/metadata/", "env/brands/feedback/",
                        "env/brands/executions/", "env/brands/escalations/");
        assertThat(BrandHealthChecks.s3(S3.client(), layout).check().isRight()).isTrue();
    }

    @Test
    void theAthenaProvisionerIsIdempotentAndDeclaresPartitionProjection() {
        try (AthenaFixture fixture = new AthenaFixture(S3, Duration.ofSeconds(20))) {
            AthenaBrandProvisioner provisioner = new AthenaBrandProvisioner(fixture.runner, fixture.settings,
                    fixture.layout);
            assertThat(provisioner.provision().isRight()).isTrue();
            assertThat(provisioner.statements()).hasSize(5);
            assertThat(provisioner.statements().get(2)).contains("`brand_metadata_generator_db`.`feedback_history`")
                    .contains("PARTITIONED BY (tenant string, dt string)")
                    .contains("'projection.tenant.type'='injected'")
                    .contains("'projection.dt.type'='date'")
                    .contains("'storage.location.template'='s3://" + fixture.bucket
                            + "/brands/feedback/tenant=${tenant}/dt=${dt}/'");
        }
    }

    private static List<String> properties(AthenaFixture fixture, String table) {
        String id = fixture.runner.run(new AthenaQuery("SHOW TBLPROPERTIES `brand_metadata_generator_db`.`" + table
                + "`", List.of(), "ddl")).get();
        return fixture.runner.allRows(id).get().stream().map(row -> row.get(0)).toList();
    }

    private static void ddl(AthenaFixture fixture, String sql) {
        assertThat(fixture.runner.run(new AthenaQuery(sql, List.of(), "ddl")).isRight()).as(sql).isTrue();
    }

    private static long metadataRows(AthenaFixture fixture) {
        String id = fixture.runner.run(new AthenaQuery("SELECT count(*) AS n FROM brand_metadata_generator_db."
                + BrandQueries.METADATA_TABLE, List.of(), "count")).get();
        return Long.parseLong(fixture.runner.rows(id, Option.none(), 10).get().rows().get(0).get(0));
    }

    @Test
    void aSecondRunFindsEveryTableCurrentAndSaysUnchanged() {
        try (AthenaFixture fixture = new AthenaFixture(S3, Duration.ofSeconds(20))) {
            AthenaBrandProvisioner provisioner = new AthenaBrandProvisioner(fixture.runner, fixture.settings,
                    fixture.layout);
            int before = fixture.endpoint.started().size();

            String summary = provisioner.provision().get();

            assertThat(summary).startsWith("unchanged: database brand_metadata_generator_db, tables ")
                    .contains(BrandQueries.FEEDBACK_TABLE);
            assertThat(fixture.endpoint.started().subList(before, fixture.endpoint.started().size()))
                    .extracting(AthenaTestEndpoint.Started::sql)
                    .noneMatch(sql -> sql.startsWith("DROP") || sql.startsWith("CREATE EXTERNAL"));
            assertThat(properties(fixture, BrandQueries.FEEDBACK_TABLE)).contains(
                    AthenaBrandProvisioner.DEFINITION_PROPERTY + "\t" + AthenaBrandProvisioner.digest(
                            provisioner.statements().get(2).replaceFirst(
                                    ", '" + AthenaBrandProvisioner.DEFINITION_PROPERTY + "'='[0-9a-f]{64}'\\)$", ")")));
        }
    }

    @Test
    void aTableWithAnotherDefinitionOrNoneIsReplacedAndItsDocumentsStayQueryable() {
        try (AthenaFixture fixture = new AthenaFixture(S3, Duration.ofSeconds(20))) {
            AthenaBrandProvisioner provisioner = new AthenaBrandProvisioner(fixture.runner, fixture.settings,
                    fixture.layout);
            S3.client().putObject(b -> b.bucket(fixture.bucket).key("brands/metadata/tenant=acme/1.json"),
                    RequestBody.fromString("{\"brand_id\": 1, \"brand_name\": \"Acme\", \"revision\": 1}"));
            assertThat(metadataRows(fixture)).isEqualTo(1);
            String metadata = provisioner.statements().get(1);
            String feedback = provisioner.statements().get(2);
            // the metadata table as an older release made it, without a digest; feedback with a stale digest
            ddl(fixture, "DROP TABLE `brand_metadata_generator_db`.`" + BrandQueries.METADATA_TABLE + "`");
            ddl(fixture, metadata.replaceFirst(", '" + AthenaBrandProvisioner.DEFINITION_PROPERTY
                    + "'='[0-9a-f]{64}'\\)$", ")").replace("open_escalation string, ", ""));
            ddl(fixture, "DROP TABLE `brand_metadata_generator_db`.`" + BrandQueries.FEEDBACK_TABLE + "`");
            ddl(fixture, feedback.replaceFirst("'[0-9a-f]{64}'\\)$", "'" + "0".repeat(64) + "')"));

            String summary = provisioner.provision().get();

            assertThat(summary).doesNotStartWith("unchanged").contains("replaced tables whose definition changed: ")
                    .contains(BrandQueries.METADATA_TABLE + " (it had no definition digest)")
                    .contains(BrandQueries.FEEDBACK_TABLE)
                    .doesNotContain("created tables");
            assertThat(properties(fixture, BrandQueries.METADATA_TABLE))
                    .contains(AthenaBrandProvisioner.DEFINITION_PROPERTY + "\t" + metadata.substring(
                            metadata.length() - 66, metadata.length() - 2));
            assertThat(metadataRows(fixture)).as("dropping an external table keeps its documents").isEqualTo(1);
            assertThat(provisioner.provision().get()).startsWith("unchanged: ");
        }
    }

    @Test
    void aMissingTableIsCreatedAndTheOthersAreLeftAlone() {
        try (AthenaFixture fixture = new AthenaFixture(S3, Duration.ofSeconds(20))) {
            AthenaBrandProvisioner provisioner = new AthenaBrandProvisioner(fixture.runner, fixture.settings,
                    fixture.layout);
            ddl(fixture, "DROP TABLE IF EXISTS `brand_metadata_generator_db`.`" + BrandQueries.ESCALATIONS_TABLE + "`");

            assertThat(provisioner.provision().get()).isEqualTo("database brand_metadata_generator_db: created tables "
                    + BrandQueries.ESCALATIONS_TABLE + "; current: " + BrandQueries.METADATA_TABLE + ", "
                    + BrandQueries.FEEDBACK_TABLE + ", " + BrandQueries.EXECUTIONS_TABLE);
        }
    }
}
