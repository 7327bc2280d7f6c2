package dev.portside.adapters.s3.brands;

import dev.portside.adapters.s3.support.Guard;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Provisioner;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Creates the documents bucket if it is missing and one folder marker per document kind under the
 * configured prefix (so the Athena table locations exist before the first write), unless a prefix holds an object
 * already. Idempotent: a second run writes nothing and says "unchanged".
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
        String bucket = layout.bucket();
        return Guard.S3.call("HeadBucket", () -> s3.headBucket(b -> b.bucket(bucket)) != null,
                        refusal -> refusal.status() == 404 ? Option.some(Either.right(false)) : Option.none())
                .flatMap(found -> found ? Either.right("found")
                        : Guard.S3.call("CreateBucket", () -> s3.createBucket(b -> b.bucket(bucket))).map(r -> "created"))
                .flatMap(state -> Guard.S3.call("PutObject", () -> {
                    List<String> folders = new ArrayList<>();
                    int created = 0;
                    for (String kind : List.of(BrandS3Layout.METADATA, BrandS3Layout.FEEDBACK,
                            BrandS3Layout.EXECUTIONS, BrandS3Layout.ESCALATIONS)) {
                        String folder = layout.folder(kind);
                        if (s3.listObjectsV2(b -> b.bucket(bucket).prefix(folder).maxKeys(1)).keyCount() == 0) {
                            s3.putObject(b -> b.bucket(bucket).key(folder), RequestBody.empty());
                            created++;
                        }
                        folders.add(folder);
                    }
                    String summary = "bucket " + bucket + " " + state + "; prefixes " + String.join(", ", folders)
                            + " (" + created + " created)";
                    return state.equals("found") && created == 0 ? Provisioner.unchanged(summary) : summary;
                }));
    }
}
