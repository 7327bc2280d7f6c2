package dev.portside.adapters.s3.records;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.s3.testing.RgwBackend;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.RecordArchive;
import dev.portside.domain.records.SealedRecord;
import dev.portside.testkit.records.RecordArchiveContract;
import dev.portside.testkit.records.RecordSamples;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The archive contract on Ceph RGW, whose Object Lock really refuses early deletes and shortened retention. */
@AddLifecycleHook(value = RgwAvailable.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class S3RecordArchiveTest extends RecordArchiveContract {

    @RegisterExtension
    static final RgwBackend backend = RgwBackend.shared();

    private static S3ArchiveSettings settings;
    private static RecordArchive archive;

    static synchronized RecordArchive shared() {
        if (archive == null) {
            settings = new S3ArchiveSettings(backend.newLockedBucket(), Optional.empty(), 30, "STANDARD_IA");
            archive = new S3RecordArchive(backend.client(), settings, CursorCodec.fromSecret("test"));
        }
        return archive;
    }

    @Override
    protected RecordArchive archive() {
        return shared();
    }

    @Test
    void recordsAreStoredUnderTheTenantAndDayKeyLayout() {
        shared();
        TenantId tenant = RecordSamples.freshTenant();
        SealedRecord sealed = RecordSamples.sealed(tenant, "r-7", Instant.parse("2026-02-03T04:05:06Z"), "a");
        archive.put(sealed, Instant.now().plus(Duration.ofDays(1)));

        assertThat(backend.client().headObject(b -> b.bucket(settings.bucket())
                .key("records/" + tenant + "/2026/02/03/r-7.json")).objectLockModeAsString()).isEqualTo("COMPLIANCE");
    }

    @Test
    void theServerItselfRefusesToDeleteALockedVersionOrShortenItsRetention() {
        shared();
        TenantId tenant = RecordSamples.freshTenant();
        SealedRecord sealed = RecordSamples.sealed(tenant, "r-1", Instant.now(), "a");
        Instant until = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        archive.put(sealed, until);
        String key = S3RecordArchive.dataKey(sealed);
        String version = backend.client().headObject(b -> b.bucket(settings.bucket()).key(key)).versionId();

        S3Exception delete = org.junit.jupiter.api.Assertions.assertThrows(S3Exception.class, () -> backend.client()
                .deleteObject(b -> b.bucket(settings.bucket()).key(key).versionId(version)));
        S3Exception shorten = org.junit.jupiter.api.Assertions.assertThrows(S3Exception.class, () -> backend.client()
                .putObjectRetention(b -> b.bucket(settings.bucket()).key(key).retention(r -> r.mode("COMPLIANCE")
                        .retainUntilDate(until.minus(Duration.ofHours(1))))));

        assertThat(delete.statusCode()).isEqualTo(403);
        assertThat(shorten.statusCode()).isEqualTo(403);
        assertThat(archive.get(tenant, sealed.id()).get().get().sealed()).isEqualTo(sealed);
    }

    @Test
    void provisioningIsIdempotentAndRefusesABucketWithoutObjectLock() {
        shared();
        S3RecordsProvisioner provisioner = new S3RecordsProvisioner(backend.client(), settings);
        String plain = settings.bucket() + "-plain";
        backend.client().createBucket(b -> b.bucket(plain));

        assertThat(provisioner.provision().isRight()).as("%s", provisioner.provision()).isTrue();
        assertThat(provisioner.provision().isRight()).isTrue();
        assertThat(new S3RecordsProvisioner(backend.client(), new S3ArchiveSettings(plain, Optional.empty(), 30, "STANDARD_IA"))
                .provision().getLeft()).isInstanceOf(Problem.Rejected.class);
    }
}
