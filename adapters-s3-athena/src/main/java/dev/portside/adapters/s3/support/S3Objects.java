package dev.portside.adapters.s3.support;

import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import io.vavr.control.Option;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * Object reads and writes on one bucket through the {@link Guard}: a missing key reads as none, a conditional
 * put ({@code If-None-Match: *} or {@code If-Match: <etag>}) whose condition fails answers none, and every
 * other failure is {@link Problem.Unavailable}.
 */
public final class S3Objects {

    /** An object's body and the response that carried it (ETag, Object Lock fields). */
    public record Stored(byte[] body, GetObjectResponse response) {

        public String etag() {
            return response.eTag();
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

    /** Writes a new JSON object; Right(some(etag)), or Right(none) when the key already exists. */
    public Either<Problem, Option<String>> create(String key, byte[] body) {
        return conditionalPut(key, body, null);
    }

    /** Replaces the object if it still has {@code etag}; Right(some(new etag)), or Right(none) when it changed. */
    public Either<Problem, Option<String>> replace(String key, byte[] body, String etag) {
        return conditionalPut(key, body, etag);
    }

    private Either<Problem, Option<String>> conditionalPut(String key, byte[] body, String etag) {
        return Guard.S3.call("PutObject", () -> Option.some(s3.putObject(b -> {
            b.bucket(bucket).key(key).contentType("application/json");
            if (etag == null) {
                b.ifNoneMatch("*");
            } else {
                b.ifMatch(etag);
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
