package dev.portside.adapters.s3.records;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Provisioner;
import io.vavr.control.Either;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.ObjectLockEnabled;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.TransitionStorageClass;

/**
 * Creates the archive bucket with Object Lock (hence versioning) and the lifecycle rule moving
 * {@code records/} to the colder storage class after N days. Idempotent; an existing bucket without
 * Object Lock is refused, since S3 cannot add it afterwards.
 */
public final class S3RecordsProvisioner implements Provisioner {

    private final S3Client s3;
    private final S3ArchiveSettings settings;

    public S3RecordsProvisioner(S3Client s3, S3ArchiveSettings settings) {
        this.s3 = s3;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "s3 bucket " + settings.bucket() + " (records archive, Object Lock)";
    }

    @Override
    public Either<Problem, String> provision() {
        try {
            boolean created = false;
            try {
                s3.headBucket(b -> b.bucket(settings.bucket()));
            } catch (NoSuchBucketException e) {
                s3.createBucket(b -> b.bucket(settings.bucket()).objectLockEnabledForBucket(true));
                created = true;
            }
            var lock = s3.getObjectLockConfiguration(b -> b.bucket(settings.bucket())).objectLockConfiguration();
            if (lock == null || lock.objectLockEnabled() != ObjectLockEnabled.ENABLED) {
                return Either.left(new Problem.Rejected("worm-bucket", "bucket " + settings.bucket()
                        + " exists without Object Lock; create a new bucket (Object Lock cannot be added later)"));
            }
            s3.putBucketVersioning(b -> b.bucket(settings.bucket()).versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
            s3.putBucketLifecycleConfiguration(b -> b.bucket(settings.bucket()).lifecycleConfiguration(l -> l.rules(r -> r
                    .id("records-to-cold").status(ExpirationStatus.ENABLED).filter(f -> f.prefix("records/"))
                    .transitions(t -> t.days(settings.coldAfterDays())
                            .storageClass(TransitionStorageClass.fromValue(settings.coldStorageClass()))))));
            return Either.right((created ? "created" : "found") + " bucket " + settings.bucket()
                    + " with Object Lock, versioning and a transition to " + settings.coldStorageClass()
                    + " after " + settings.coldAfterDays() + " days");
        } catch (S3Exception e) {
            if (e.statusCode() == 404 && "ObjectLockConfigurationNotFoundError".equals(e.awsErrorDetails().errorCode())) {
                return Either.left(new Problem.Rejected("worm-bucket", "bucket " + settings.bucket() + " has no Object Lock"));
            }
            return Either.left(new Problem.Unavailable("s3", e.statusCode() >= 500, e.getMessage()));
        } catch (SdkException e) {
            return Either.left(new Problem.Unavailable("s3", true, e.getMessage()));
        }
    }
}
