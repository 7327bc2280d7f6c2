package dev.portside.adapters.s3.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

class S3ProxyBackendSmokeTest {

    @RegisterExtension
    static final S3ProxyBackend s3 = S3ProxyBackend.shared();

    @Test
    void anObjectRoundTripsThroughTheRealClient() {
        S3Client client = s3.client();
        String bucket = s3.newBucket();

        client.putObject(b -> b.bucket(bucket).key("a/b.json"), RequestBody.fromString("{\"x\":1}"));

        assertThat(client.getObjectAsBytes(b -> b.bucket(bucket).key("a/b.json")).asUtf8String()).isEqualTo("{\"x\":1}");
        assertThat(client.listObjectsV2(b -> b.bucket(bucket).prefix("a/")).contents()).hasSize(1);
    }

    @Test
    void ifNoneMatchRefusesToOverwriteAnExistingKey() {
        S3Client client = s3.client();
        String bucket = s3.newBucket();
        client.putObject(b -> b.bucket(bucket).key("doc"), RequestBody.fromString("first"));

        assertThatThrownBy(() -> client.putObject(b -> b.bucket(bucket).key("doc").ifNoneMatch("*"),
                RequestBody.fromString("second")))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(412));
        assertThat(client.getObjectAsBytes(b -> b.bucket(bucket).key("doc")).asUtf8String()).isEqualTo("first");
    }
}
