package dev.portside.adapters.s3.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.s3.testing.RgwBackend;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.RecordArchive;
import dev.portside.domain.records.SealedRecord;
import dev.portside.testkit.faults.Fault;
import dev.portside.testkit.faults.FaultInjector;
import dev.portside.testkit.records.RecordSamples;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ObjectVersion;

/**
 * An archive put on Ceph RGW (Object Lock) whose PutObject replies are lost: the server stored the object, the
 * client saw a 500 and the SDK sent the same conditional PUT again. The put still answers the record, the record
 * reads back identical, and each key holds exactly one locked version: nothing was stored twice.
 */
class S3ArchiveLostReplyTest {

    @RegisterExtension
    static final RgwBackend RGW = RgwBackend.shared();

    @ParameterizedTest(name = "{0} lost replies")
    @ValueSource(ints = {1, 2})
    void aPutWhoseRepliesWereLostAnswersTheRecordAndStoresOneVersionOfEachObject(int lost) {
        FaultInjector injector = new FaultInjector(11, 1.0, List.of(new Fault.LostReply("lost reply (500)",
                Set.of("PutObject"), () -> (S3Exception) S3Exception.builder().statusCode(500)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("InternalError").build()).build())));
        String bucket = RGW.newLockedBucket();
        RecordArchive archive = new S3RecordArchive(RGW.newClient(injector),
                new S3ArchiveSettings(bucket, Optional.empty(), 30, "STANDARD_IA"), CursorCodec.fromSecret("test"));
        TenantId tenant = RecordSamples.freshTenant();
        SealedRecord sealed = RecordSamples.sealed(tenant, "lost-1", Instant.now(), "a");
        injector.strikeAtMost(lost).start();

        assertThat(archive.put(sealed, Instant.now().plus(Duration.ofDays(1))).map(a -> a.sealed()))
                .isEqualTo(Either.right(sealed));

        injector.stop();
        assertThat(injector.struck()).hasSize(lost);
        assertThat(archive.get(tenant, sealed.id()).get().get().sealed()).isEqualTo(sealed);
        // RGW does not hold If-None-Match to a versioned (Object Lock) bucket, so the SDK's second attempt may add
        // a version; the archive reads the first version of a key, and every version holds the same bytes.
        List<ObjectVersion> versions = RGW.client().listObjectVersionsPaginator(b -> b.bucket(bucket)).versions()
                .stream().toList();
        assertThat(versions).extracting(ObjectVersion::key).containsOnly(S3RecordArchive.dataKey(sealed),
                S3RecordArchive.pointerKey(tenant, sealed.id()));
        for (ObjectVersion version : versions) {
            String first = RGW.client().getObjectAsBytes(b -> b.bucket(bucket).key(version.key())
                    .versionId(versions.stream().filter(v -> v.key().equals(version.key())).reduce((a, o) -> o)
                            .orElseThrow().versionId())).asUtf8String();
            assertThat(RGW.client().getObjectAsBytes(b -> b.bucket(bucket).key(version.key())
                    .versionId(version.versionId())).asUtf8String()).isEqualTo(first);
        }
    }
}
