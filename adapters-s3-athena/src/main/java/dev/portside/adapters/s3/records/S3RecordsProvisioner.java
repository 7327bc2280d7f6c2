package dev.portside.adapters.s3.records;

import dev.portside.adapters.s3.support.Guard;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Provisioner;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;
import software.amazon.awssdk.services.s3.model.LifecycleRule;
import software.amazon.awssdk.services.s3.model.ObjectLockEnabled;
import software.amazon.awssdk.services.s3.model.TransitionStorageClass;

/**
 * Creates the archive bucket with Object Lock (hence versioning) and the lifecycle rule moving
 * {@code records/} to the colder storage class after N days, merged into the bucket's other lifecycle rules (which
 * it keeps). Idempotent (a second run writes nothing and says "unchanged"); an existing bucket without Object Lock is
 * refused, since S3 cannot add it afterwards.
 */
public final class S3RecordsProvisioner implements Provisioner {

    /** The id of the lifecycle rule this archive owns; other rules of the bucket are never touched. */
    static final String RULE = "records-to-cold";

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
                .flatMap(state -> versioning(bucket).flatMap(versioned -> lifecycle(bucket).map(rules -> {
                    String summary = state + " bucket " + bucket + " with Object Lock, versioning and a transition to "
                            + settings.coldStorageClass() + " after " + settings.coldAfterDays() + " days"
                            + (rules ? " (lifecycle rule " + RULE + " set, other rules kept)" : "");
                    return state.equals("found") && !versioned && !rules ? Provisioner.unchanged(summary) : summary;
                })));
    }

    /** Right(true) when versioning had to be turned on (an Object Lock bucket normally has it). */
    private Either<Problem, Boolean> versioning(String bucket) {
        return Guard.S3.call("GetBucketVersioning", () -> s3.getBucketVersioning(b -> b.bucket(bucket)).status())
                .flatMap(status -> status == BucketVersioningStatus.ENABLED ? Either.right(false)
                        : Guard.S3.call("PutBucketVersioning", () -> s3.putBucketVersioning(b -> b.bucket(bucket)
                                .versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)))).map(r -> true));
    }

    /**
     * Sets this archive's rule ({@value #RULE}) among the bucket's lifecycle rules, keeping every other rule as it is;
     * Right(true) when it had to be written, Right(false) when the rule was already in place.
     */
    private Either<Problem, Boolean> lifecycle(String bucket) {
        LifecycleRule ours = LifecycleRule.builder().id(RULE).status(ExpirationStatus.ENABLED)
                .filter(f -> f.prefix("records/"))
                .transitions(t -> t.days(settings.coldAfterDays())
                        .storageClass(TransitionStorageClass.fromValue(settings.coldStorageClass()))).build();
        return Guard.S3.<List<LifecycleRule>>call("GetBucketLifecycleConfiguration",
                        () -> s3.getBucketLifecycleConfiguration(b -> b.bucket(bucket)).rules(),
                        refusal -> refusal.is("NoSuchLifecycleConfiguration")
                                ? Option.some(Either.right(List.<LifecycleRule>of())) : Option.none())
                .flatMap(existing -> {
                    if (existing.stream().anyMatch(r -> sameRule(r, ours))) {
                        return Either.right(false);
                    }
                    List<LifecycleRule> merged = new ArrayList<>();
                    existing.stream().filter(r -> !RULE.equals(r.id())).forEach(merged::add);
                    merged.add(ours);
                    return Guard.S3.call("PutBucketLifecycleConfiguration", () -> s3.putBucketLifecycleConfiguration(b -> b
                            .bucket(bucket).lifecycleConfiguration(l -> l.rules(merged)))).map(r -> true);
                });
    }

    /** The same rule as far as this archive cares: id, status, prefix, transition days and class. */
    private static boolean sameRule(LifecycleRule stored, LifecycleRule ours) {
        String prefix = stored.filter() != null && stored.filter().prefix() != null ? stored.filter().prefix()
                : stored.prefix();
        return RULE.equals(stored.id()) && stored.status() == ours.status() && "records/".equals(prefix)
                && stored.transitions().equals(ours.transitions());
    }
}
