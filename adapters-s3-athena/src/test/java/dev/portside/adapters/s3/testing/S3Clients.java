package dev.portside.adapters.s3.testing;

import java.net.URI;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** S3 clients for local S3 servers: path-style, static credentials, checksums as the server needs. */
final class S3Clients {

    private S3Clients() {
    }

    static S3Client pathStyle(URI endpoint, String accessKey, String secretKey, boolean checksumsWhenRequired,
                              ExecutionInterceptor... interceptors) {
        var builder = S3Client.builder()
                .overrideConfiguration(o -> o.executionInterceptors(List.of(interceptors)))
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)));
        if (checksumsWhenRequired) {
            builder.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        }
        return builder.build();
    }

    static String uniqueBucket(String prefix) {
        return prefix + "-" + Long.toHexString(System.nanoTime()) + "-" + Integer.toHexString((int) (Math.random() * 0xffff));
    }
}
