package dev.portside.adapters.s3.brands;

import dev.portside.adapters.s3.testing.AthenaTestEndpoint;
import dev.portside.adapters.s3.testing.S3Mirror;
import dev.portside.adapters.s3.testing.S3ProxyBackend;
import dev.portside.domain.kernel.CursorCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import software.amazon.awssdk.services.athena.AthenaClient;

/** S3 documents on s3proxy, Athena through the test endpoint on DuckDB over the mirrored bucket. */
final class AthenaFixture implements AutoCloseable {

    final String bucket;
    final BrandS3Layout layout;
    final AthenaTestEndpoint endpoint;
    final AthenaClient athena;
    final AthenaSettings settings;
    final AthenaQueryRunner runner;
    final BrandQueries queries;
    final S3BrandDocumentStore documents;
    final AthenaBrandAnalytics analytics;

    AthenaFixture(S3ProxyBackend s3, Duration deadline) {
        bucket = s3.newBucket();
        layout = new BrandS3Layout(bucket, "brands");
        try {
            S3Mirror mirror = new S3Mirror(s3.client(), bucket, Files.createTempDirectory("athena-mirror"));
            endpoint = AthenaTestEndpoint.start(mirror::local, mirror::sync);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        athena = endpoint.client();
        settings = new AthenaSettings("brand_metadata_generator_db", "primary", "s3://" + bucket + "/athena-results/",
                deadline, Duration.ofMillis(5));
        runner = new AthenaQueryRunner(athena, settings);
        queries = new BrandQueries(settings.database());
        new AthenaBrandProvisioner(runner, settings, layout).provision().get();
        documents = new S3BrandDocumentStore(s3.client(), layout, DocumentVisibility.NONE);
        analytics = new AthenaBrandAnalytics(runner, queries, CursorCodec.fromSecret("brands-test-key"));
    }

    @Override
    public void close() {
        athena.close();
        endpoint.close();
    }
}
