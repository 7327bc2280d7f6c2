package dev.portside.adapters.s3.support;

import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectVersion;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Object reads and writes on one bucket through the {@link Guard}: a missing key reads as none, a conditional
 * put ({@code If-None-Match: *} or {@code If-Match: <etag>}) whose condition fails answers none, and every
 * other failure is {@link Problem.Unavailable}. On a versioned bucket a write-once object is its first
 * version, so a server that lets {@code If-None-Match: *} through (Ceph RGW) still has one winner.
 */
public final class S3Objects {

    /** An object's body and the response that carried it (ETag, Object Lock fields). */
    public record Stored(byte[] body, GetObjectResponse response) {

        public String etag() {
            return response.eTag();
        }

        /** The id the write that stored this object stamped on it ({@link #WRITE_ID}); none when unstamped. */
        public Option<String> writeId() {
            return Option.of(response.metadata().get(WRITE_ID));
        }
    }

    private final S3Client s3;
    private final String bucket;

    public S3Objects(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    public S3Client client() {
        return s3;
    }

    public String bucket() {
        return bucket;
    }

    /** The object at {@code key}, none when there is no such key. */
    public Either<Problem, Option<Stored>> get(String key) {
        return Guard.S3.call("GetObject", () -> {
            var object = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key));
            return Option.some(new Stored(object.asByteArray(), object.response()));
        }, refusal -> refusal.status() == 404 ? Option.some(Either.right(Option.none())) : Option.none());
    }

    /** The user-metadata name under which a write stamps its own id, to know itself again after a lost reply. */
    public static final String WRITE_ID = "write-id";

    /**
     * Writes a new JSON object stamped with {@code writeId}; Right(some(etag)), or Right(none) when the key
     * already exists.
     */
    public Either<Problem, Option<String>> create(String key, byte[] body, String writeId) {
        return conditionalPut(key, body, null, writeId);
    }

    /**
     * Replaces the object, stamped with {@code writeId}, if it still has {@code etag}; Right(some(new etag)), or
     * Right(none) when it changed.
     */
    public Either<Problem, Option<String>> replace(String key, byte[] body, String etag, String writeId) {
        return conditionalPut(key, body, etag, writeId);
    }

    /**
     * Writes {@code key} only if nothing was written there before: Right(true) when this put created it,
     * Right(false) when the server refused the condition or, on a versioned bucket, an older version exists.
     */
    public Either<Problem, Boolean> createOnce(String key, byte[] body, Consumer<PutObjectRequest.Builder> options) {
        return Guard.S3.call("PutObject", () -> Option.of(s3.putObject(b -> {
                    b.bucket(bucket).key(key).ifNoneMatch("*");
                    options.accept(b);
                }, RequestBody.fromBytes(body)).versionId()), refusal -> refusal.status() == 412 || refusal.status() == 409
                        ? Option.some(Either.right(null)) : Option.none())
                .flatMap(version -> version == null ? Either.right(false)
                        : unversioned(version.getOrNull()) ? Either.right(true)
                        : firstVersion(key).map(first -> first.contains(version.get())));
    }

    /** The first version written at {@code key} (the only one on an unversioned bucket); none when absent. */
    public Either<Problem, Option<Stored>> first(String key) {
        return get(key).flatMap(latest -> {
            if (latest.isEmpty() || unversioned(latest.get().response().versionId())) {
                return Either.right(latest);
            }
            return firstVersion(key).flatMap(first -> first.isEmpty() || first.contains(latest.get().response().versionId())
                    ? Either.right(latest) : version(key, first.get()));
        });
    }

    private Either<Problem, Option<Stored>> version(String key, String versionId) {
        return Guard.S3.call("GetObject", () -> {
            var object = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key).versionId(versionId));
            return Option.some(new Stored(object.asByteArray(), object.response()));
        }, refusal -> refusal.status() == 404 ? Option.some(Either.right(Option.none())) : Option.none());
    }

    /** The id of the oldest version of exactly {@code key} (versions are listed newest first). */
    public Either<Problem, Option<String>> firstVersion(String key) {
        return Guard.S3.call("ListObjectVersions", () -> Option.ofOptional(s3.listObjectVersionsPaginator(b -> b
                        .bucket(bucket).prefix(key)).versions().stream().filter(v -> v.key().equals(key))
                .reduce((newer, older) -> older).map(ObjectVersion::versionId)));
    }

    private static boolean unversioned(String versionId) {
        return versionId == null || versionId.isEmpty() || "null".equals(versionId);
    }

    private Either<Problem, Option<String>> conditionalPut(String key, byte[] body, String etag, String writeId) {
        return Guard.S3.call("PutObject", () -> Option.some(s3.putObject(b -> {
            b.bucket(bucket).key(key).contentType("application/json").metadata(Map.of(WRITE_ID, writeId));
            if (etag == null) {
                b.ifNoneMatch("*");
            } else {
                // The bare entity tag: S3 takes it quoted or not, Ceph RGW compares only the bare value
                // and answers 412 to the quoted form even when it matches.
                b.ifMatch(etag.length() > 1 && etag.startsWith("\"") && etag.endsWith("\"")
                        ? etag.substring(1, etag.length() - 1) : etag);
            }
        }, RequestBody.fromBytes(body)).eTag()), refusal -> refusal.status() == 412 || refusal.status() == 409
                ? Option.some(Either.right(Option.none())) : Option.none());
    }

    public Either<Problem, Boolean> delete(String key) {
        return Guard.S3.call("DeleteObject", () -> {
            s3.deleteObject(b -> b.bucket(bucket).key(key));
            return true;
        });
    }
}
