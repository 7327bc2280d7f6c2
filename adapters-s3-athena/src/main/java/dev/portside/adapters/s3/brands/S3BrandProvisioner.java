package dev.portside.adapters.s3.brands;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Provisioner;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Creates the documents bucket if it is missing and one folder marker per document kind under the
 * configured prefix (so the Athena table locations exist before the first write). Idempotent.
 */
public final class S3BrandProvisioner implements Provisioner {

    private final S3Client s3;
    private final BrandS3Layout layout;

    public S3BrandProvisioner(S3Client s3, BrandS3Layout layout) {
        this.s3 = s3;
        this.layout = layout;
    }

    @Override
    public String name() {
        return "s3 bucket " + layout.bucket() + " with brand prefixes";
    }

    @Override
    public Either<Problem, String> provision() {
        try {
            String bucket = layout.bucket();
            String state = "found";
            try {
                s3.headBucket(b -> b.bucket(bucket));
            } catch (NoSuchBucketException e) {
                s3.createBucket(b -> b.bucket(bucket));
                state = "created";
            } catch (S3Exception e) {
                if (e.statusCode() != 404) {
                    throw e;
                }
                s3.createBucket(b -> b.bucket(bucket));
                state = "created";
            }
            List<String> folders = new ArrayList<>();
            for (String kind : List.of(BrandS3Layout.METADATA, BrandS3Layout.FEEDBACK, BrandS3Layout.EXECUTIONS,
                    BrandS3Layout.ESCALATIONS)) {
                String folder = layout.folder(kind);
                s3.putObject(b -> b.bucket(bucket).key(folder), RequestBody.empty());
                folders.add(folder);
            }
            return Either.right("bucket " + bucket + " " + state + "; prefixes " + String.join(", ", folders));
        } catch (SdkException e) {
            return Either.left(S3Objects.unavailable("provision bucket " + layout.bucket(), e));
        }
    }
}
