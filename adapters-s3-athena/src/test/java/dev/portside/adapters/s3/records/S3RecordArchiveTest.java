package dev.portside.adapters.s3.records;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.s3.testing.Answering;
import dev.portside.adapters.s3.testing.RgwBackend;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.RecordArchive;
import dev.portside.domain.records.SealedRecord;
import dev.portside.testkit.records.RecordArchiveContract;
import dev.portside.testkit.records.RecordSamples;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;
import software.amazon.awssdk.services.s3.model.LifecycleRule;
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
    void aWriterThatLosesTheRaceOnThisServerDoesNotChangeWhatIsRead() {
        shared();
        TenantId tenant = RecordSamples.freshTenant();
        SealedRecord first = RecordSamples.sealed(tenant, "r-9", Instant.now(), "a");
        SealedRecord second = RecordSamples.sealed(tenant, "r-9", Instant.now(), "b");
        archive.put(first, Instant.now().plus(Duration.ofDays(1)));
        backend.client().putObject(b -> b.bucket(settings.bucket()).key(S3RecordArchive.pointerKey(tenant, second.id()))
                        .ifNoneMatch("*").contentMD5(md5("elsewhere")), RequestBody.fromString("elsewhere"));

        assertThat(archive.put(second, Instant.now().plus(Duration.ofDays(1))).getLeft())
                .isInstanceOf(Problem.Conflict.class);
        assertThat(archive.get(tenant, first.id()).get().get().sealed()).isEqualTo(first);
    }

    @Test
    void retentionAndHoldApplyToTheRecordsOwnVersionNotToALaterOneALosingWriterLeft() {
        shared();
        TenantId tenant = RecordSamples.freshTenant();
        SealedRecord sealed = RecordSamples.sealed(tenant, "r-11", Instant.now(), "a");
        Instant until = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        archive.put(sealed, until).get();
        // a second writer of the same id whose pointer put this server let through (RGW does not hold
        // If-None-Match on a versioned bucket), locked longer than the record
        String key = S3RecordArchive.pointerKey(tenant, sealed.id());
        String loser = "records/elsewhere.json\n00";
        backend.client().putObject(b -> b.bucket(settings.bucket()).key(key).contentMD5(md5(loser))
                .objectLockMode("COMPLIANCE").objectLockRetainUntilDate(until.plus(Duration.ofDays(30))),
                RequestBody.fromString(loser));

        Instant later = until.plus(Duration.ofDays(12));
        assertThat(archive.extendRetention(tenant, sealed.id(), later).getOrElseThrow(p -> new AssertionError(p.toString())).retainUntil()).isEqualTo(later);
        assertThat(archive.legalHold(tenant, sealed.id(), true).getOrElseThrow(p -> new AssertionError(p.toString())).legalHold()).isTrue();

        var read = archive.get(tenant, sealed.id()).get().get();
        assertThat(read.sealed()).isEqualTo(sealed);
        assertThat(read.retention().retainUntil()).isEqualTo(later);
        assertThat(read.retention().legalHold()).isTrue();
        archive.legalHold(tenant, sealed.id(), false).get();
    }

    @Test
    void aPutWhoseDocumentWasNeverWrittenCompletesWhenRetried() {
        shared();
        TenantId tenant = RecordSamples.freshTenant();
        SealedRecord sealed = RecordSamples.sealed(tenant, "r-3", Instant.now(), "a");
        String pointer = S3RecordArchive.dataKey(sealed) + "\n" + sealed.contentHash().hex();
        backend.client().putObject(b -> b.bucket(settings.bucket()).key(S3RecordArchive.pointerKey(tenant, sealed.id()))
                .contentMD5(md5(pointer)), RequestBody.fromString(pointer));

        assertThat(archive.get(tenant, sealed.id()).get()).isEmpty();
        assertThat(archive.put(sealed, Instant.now().plus(Duration.ofDays(1))).get().sealed()).isEqualTo(sealed);
        assertThat(archive.get(tenant, sealed.id()).get().get().sealed()).isEqualTo(sealed);
    }

    @Test
    void aLegalHoldThatCannotBeReadIsUnavailableNotNoHold() {
        shared();
        TenantId tenant = RecordSamples.freshTenant();
        SealedRecord sealed = RecordSamples.sealed(tenant, "r-4", Instant.now(), "a");
        archive.put(sealed, Instant.now().plus(Duration.ofDays(1)));
        RecordArchive blind = new S3RecordArchive(backend.newClient(new WithoutHeader("GetObject",
                "x-amz-object-lock-legal-hold"), Answering.s3Error(403, "AccessDenied", "Access Denied")
                .onlyFor("GetObjectLegalHold")), settings, CursorCodec.fromSecret("test"));

        assertThat(blind.get(tenant, sealed.id()).getLeft()).isInstanceOfSatisfying(Problem.Unavailable.class,
                u -> assertThat(u.cause()).startsWith("GetObjectLegalHold: 403 AccessDenied"));
    }

    @Test
    void aForbiddenDeleteThatIsNotObjectLockIsUnavailableAndNotRetriable() throws InterruptedException {
        shared();
        TenantId tenant = RecordSamples.freshTenant();
        SealedRecord sealed = RecordSamples.sealed(tenant, "r-5", Instant.now(), "a");
        archive.put(sealed, Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1));
        Thread.sleep(3_500);
        RecordArchive forbidden = new S3RecordArchive(backend.newClient(Answering.s3Error(403, "AccessDenied",
                "Access Denied").onlyFor("DeleteObject")), settings, CursorCodec.fromSecret("test"));

        assertThat(forbidden.delete(tenant, sealed.id()).getLeft()).isInstanceOfSatisfying(Problem.Unavailable.class,
                u -> assertThat(u.retriable()).isFalse());
    }

    @Test
    void anObjectLockRefusalOfTheServerIsAWormRefusal() throws InterruptedException {
        shared();
        TenantId tenant = RecordSamples.freshTenant();
        SealedRecord sealed = RecordSamples.sealed(tenant, "r-6", Instant.now(), "a");
        archive.put(sealed, Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1));
        backend.client().putObjectLegalHold(b -> b.bucket(settings.bucket())
                .key(S3RecordArchive.pointerKey(tenant, sealed.id())).legalHold(h -> h.status("ON")));
        Thread.sleep(3_500);

        Problem refused = archive.delete(tenant, sealed.id()).getLeft();
        backend.client().putObjectLegalHold(b -> b.bucket(settings.bucket())
                .key(S3RecordArchive.pointerKey(tenant, sealed.id())).legalHold(h -> h.status("OFF")));

        assertThat(refused).isInstanceOfSatisfying(Problem.Rejected.class,
                r -> assertThat(r.rule()).isEqualTo("worm-retention"));
    }

    private static String md5(String body) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Drops one header from one operation's answers, as a server that does not send it would. */
    private record WithoutHeader(String operation, String header) implements ExecutionInterceptor {
        @Override
        public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
            return operation.equals(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))
                    ? context.httpResponse().toBuilder().removeHeader(header).build() : context.httpResponse();
        }
    }

    @Test
    void provisioningKeepsLifecycleRulesItDidNotCreateAndChangesNothingTheSecondTime() {
        String bucket = backend.newLockedBucket();
        backend.client().putBucketLifecycleConfiguration(b -> b.bucket(bucket).lifecycleConfiguration(l -> l.rules(r -> r
                .id("foreign-expiry").status(ExpirationStatus.ENABLED).filter(f -> f.prefix("tmp/"))
                .expiration(e -> e.days(7)))));
        S3RecordsProvisioner provisioner = new S3RecordsProvisioner(backend.client(),
                new S3ArchiveSettings(bucket, Optional.empty(), 45, "STANDARD_IA"));

        String first = provisioner.provision().get();
        String second = provisioner.provision().get();

        assertThat(first).doesNotStartWith("unchanged").contains("other rules kept");
        assertThat(second).startsWith("unchanged");
        var rules = backend.client().getBucketLifecycleConfiguration(b -> b.bucket(bucket)).rules();
        assertThat(rules).extracting(LifecycleRule::id).containsExactlyInAnyOrder("foreign-expiry", "records-to-cold");
        assertThat(rules).filteredOn(r -> r.id().equals("foreign-expiry")).singleElement()
                .satisfies(r -> assertThat(r.expiration().days()).isEqualTo(7));
        assertThat(rules).filteredOn(r -> r.id().equals("records-to-cold")).singleElement()
                .satisfies(r -> assertThat(r.transitions().get(0).days()).isEqualTo(45));

        String changed = new S3RecordsProvisioner(backend.client(), new S3ArchiveSettings(bucket, Optional.empty(), 60,
                "STANDARD_IA")).provision().get();
        assertThat(changed).doesNotStartWith("unchanged");
        assertThat(backend.client().getBucketLifecycleConfiguration(b -> b.bucket(bucket)).rules())
                .extracting(LifecycleRule::id).containsExactlyInAnyOrder("foreign-expiry", "records-to-cold");
    }

    @Test
    void provisioningIsIdempotentAndRefusesABucketWithoutObjectLock() {
        shared();
        S3RecordsProvisioner provisioner = new S3RecordsProvisioner(backend.client(), settings);
        String plain = settings.bucket() + "-plain";
        backend.client().createBucket(b -> b.bucket(plain));

        assertThat(provisioner.provision().isRight()).as("%s", provisioner.provision()).isTrue();
        assertThat(provisioner.provision().get()).startsWith("unchanged");
        assertThat(new S3RecordsProvisioner(backend.client(), new S3ArchiveSettings(plain, Optional.empty(), 30, "STANDARD_IA"))
                .provision().getLeft()).isInstanceOf(Problem.Rejected.class);
    }
}
