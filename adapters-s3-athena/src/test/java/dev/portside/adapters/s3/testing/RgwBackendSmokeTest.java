package dev.portside.adapters.s3.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

class RgwBackendSmokeTest {

    @RegisterExtension
    static final RgwBackend rgw = RgwBackend.shared();

    @Test
    void theServerRefusesToDeleteOrShortenALockedVersion() {
        S3Client client = rgw.client();
        String bucket = rgw.newLockedBucket();
        Instant retainUntil = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        PutObjectResponse put = client.putObject(b -> b.bucket(bucket).key("record")
                        .objectLockMode(ObjectLockMode.COMPLIANCE).objectLockRetainUntilDate(retainUntil),
                RequestBody.fromString("immutable"));

        assertThat(put.versionId()).isNotBlank();
        assertThatThrownBy(() -> client.deleteObject(b -> b.bucket(bucket).key("record").versionId(put.versionId())))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));
        assertThatThrownBy(() -> client.putObjectRetention(b -> b.bucket(bucket).key("record").versionId(put.versionId())
                .retention(r -> r.mode(ObjectLockRetentionMode.COMPLIANCE).retainUntilDate(retainUntil.minus(1, ChronoUnit.HOURS)))))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));
        assertThat(client.getObjectAsBytes(b -> b.bucket(bucket).key("record").versionId(put.versionId())).asUtf8String())
                .isEqualTo("immutable");
    }
}
