package dev.portside.adapters.s3.brands;

import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import io.vavr.control.Option;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The few S3 calls brand documents need, with conditional writes ({@code If-None-Match: *} to
 * create, {@code If-Match: <etag>} to replace) and every SDK exception mapped to a {@link Problem}
 * at this boundary. A failed precondition is reported as {@link Precondition} for the caller to word.
 */
final class S3Objects {

    static final String BACKEND = "s3";

    /** An object's body and the ETag that guards its next replacement. */
    record Stored(byte[] body, String etag) {
    }

    /** The marker problem of a failed {@code If-None-Match}/{@code If-Match}: the store words it. */
    record Precondition(String key) {
    }

    private final S3Client s3;
    private final String bucket;

    S3Objects(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    Either<Problem, Option<Stored>> get(String key) {
        try {
            var response = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key));
            return Either.right(Option.some(new Stored(response.asByteArray(), response.response().eTag())));
        } catch (NoSuchKeyException e) {
            return Either.right(Option.none());
        } catch (SdkException e) {
            if (e instanceof S3Exception s && s.statusCode() == 404) {
                return Either.right(Option.none());
            }
            return Either.left(unavailable("get " + key, e));
        }
    }

    /** Right(etag), Left(Right(precondition)) when the key exists, Left(Left(problem)) otherwise. */
    Either<Either<Problem, Precondition>, String> create(String key, byte[] body) {
        return put(key, body, null);
    }

    Either<Either<Problem, Precondition>, String> replace(String key, byte[] body, String etag) {
        return put(key, body, etag);
    }

    private Either<Either<Problem, Precondition>, String> put(String key, byte[] body, String etag) {
        try {
            var response = s3.putObject(b -> {
                b.bucket(bucket).key(key).contentType("application/json");
                if (etag == null) {
                    b.ifNoneMatch("*");
                } else {
                    b.ifMatch(etag);
                }
            }, RequestBody.fromBytes(body));
            return Either.right(response.eTag());
        } catch (S3Exception e) {
            if (e.statusCode() == 412 || e.statusCode() == 409) {
                return Either.left(Either.right(new Precondition(key)));
            }
            return Either.left(Either.left(unavailable("put " + key, e)));
        } catch (SdkException e) {
            return Either.left(Either.left(unavailable("put " + key, e)));
        }
    }

    Either<Problem, Boolean> delete(String key) {
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(key));
            return Either.right(true);
        } catch (SdkException e) {
            return Either.left(unavailable("delete " + key, e));
        }
    }

    static Problem.Unavailable unavailable(String what, SdkException e) {
        boolean retriable = e.retryable() || (e instanceof S3Exception s && (s.statusCode() == 503
                || s.statusCode() == 500 || s.isThrottlingException()));
        String reason = e instanceof S3Exception s && s.awsErrorDetails() != null
                ? s.statusCode() + " " + s.awsErrorDetails().errorCode() : e.getClass().getSimpleName();
        return new Problem.Unavailable(BACKEND, retriable, what + " failed: " + reason
                + (e.getMessage() == null ? "" : " (" + firstLine(e.getMessage()) + ")"));
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
