package dev.portside.adapters.s3.brands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.s3.testing.S3ProxyBackend;
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
}
