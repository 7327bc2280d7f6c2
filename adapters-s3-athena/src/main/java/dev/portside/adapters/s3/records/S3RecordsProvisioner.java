package dev.portside.adapters.s3.records;

import dev.portside.adapters.s3.support.Guard;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Provisioner;
import io.vavr.control.Either;
import io.vavr.control.Option;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockEnabled;
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
        String bucket = settings.bucket();
        return Guard.S3.call("HeadBucket", () -> s3.headBucket(b -> b.bucket(bucket)) != null,
                        refusal -> refusal.status() == 404 ? Option.some(Either.right(false)) : Option.none())
                .flatMap(found -> found ? Either.right("found") : Guard.S3.call("CreateBucket",
                        () -> s3.createBucket(b -> b.bucket(bucket).objectLockEnabledForBucket(true))).map(r -> "created"))
                .flatMap(state -> Guard.S3.call("GetObjectLockConfiguration",
                        () -> Option.of(s3.getObjectLockConfiguration(b -> b.bucket(bucket)).objectLockConfiguration())
                                .exists(lock -> lock.objectLockEnabled() == ObjectLockEnabled.ENABLED),
                        refusal -> refusal.is("ObjectLockConfigurationNotFoundError") ? Option.some(Either.left(
                                new Problem.Rejected("worm-bucket", "bucket " + bucket + " has no Object Lock")))
                                : Option.none())
                        .flatMap(locked -> locked ? Either.right(state) : Either.left(new Problem.Rejected("worm-bucket",
                                "bucket " + bucket + " exists without Object Lock; create a new bucket (Object Lock"
                                        + " cannot be added later)"))))
                .flatMap(state -> Guard.S3.call("PutBucketLifecycleConfiguration", () -> {
                    s3.putBucketVersioning(b -> b.bucket(bucket).versioningConfiguration(v -> v
                            .status(BucketVersioningStatus.ENABLED)));
                    s3.putBucketLifecycleConfiguration(b -> b.bucket(bucket).lifecycleConfiguration(l -> l.rules(r -> r
                            .id("records-to-cold").status(ExpirationStatus.ENABLED).filter(f -> f.prefix("records/"))
                            .transitions(t -> t.days(settings.coldAfterDays())
                                    .storageClass(TransitionStorageClass.fromValue(settings.coldStorageClass()))))));
                    return state + " bucket " + bucket + " with Object Lock, versioning and a transition to "
                            + settings.coldStorageClass() + " after " + settings.coldAfterDays() + " days";
                }));
    }
}
