package dev.portside.adapters.s3.brands;

import dev.portside.adapters.s3.support.Guard;
import dev.portside.domain.kernel.HealthCheck;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
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
                return Guard.S3.call("HeadBucket", () -> s3.headBucket(b -> b.bucket(layout.bucket())))
                        .map(answered -> "bucket " + layout.bucket() + " answers");
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
                return Guard.ATHENA.call("GetDatabase", () -> athena.getDatabase(b -> b.catalogName("AwsDataCatalog")
                        .databaseName(settings.database()))).map(found -> "database " + settings.database() + " exists");
            }
        };
    }
}
