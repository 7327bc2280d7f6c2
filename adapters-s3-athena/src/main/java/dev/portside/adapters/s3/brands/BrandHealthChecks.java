package dev.portside.adapters.s3.brands;

import dev.portside.domain.kernel.HealthCheck;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.s3.S3Client;

/** Cheap probes of the brand registry's S3 bucket and Athena database (metadata calls, no query). */
public final class BrandHealthChecks {

    private BrandHealthChecks() {
    }

    public static HealthCheck s3(S3Client s3, BrandS3Layout layout) {
        return new HealthCheck() {
            @Override
            public String name() {
                return "brands: s3 bucket " + layout.bucket();
            }

            @Override
            public Either<Problem, String> check() {
                try {
                    s3.headBucket(b -> b.bucket(layout.bucket()));
                    return Either.right("bucket " + layout.bucket() + " answers");
                } catch (SdkException e) {
                    return Either.left(S3Objects.unavailable("head bucket " + layout.bucket(), e));
                }
            }
        };
    }

    public static HealthCheck athena(AthenaClient athena, AthenaSettings settings) {
        return new HealthCheck() {
            @Override
            public String name() {
                return "brands: athena database " + settings.database();
            }

            @Override
            public Either<Problem, String> check() {
                try {
                    athena.getDatabase(b -> b.catalogName("AwsDataCatalog").databaseName(settings.database()));
                    return Either.right("database " + settings.database() + " exists");
                } catch (SdkException e) {
                    return Either.left(new Problem.Unavailable(AthenaQueryRunner.BACKEND, e.retryable(),
                            "get database " + settings.database() + " failed: " + e.getClass().getSimpleName()));
                }
            }
        };
    }
}
