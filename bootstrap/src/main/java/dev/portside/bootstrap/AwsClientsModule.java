package dev.portside.bootstrap;

import static dev.portside.bootstrap.config.CoreKeys.*;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.portside.bootstrap.config.PortsideConfig;
import dev.portside.bootstrap.observability.AwsMetrics;
import dev.portside.bootstrap.observability.Telemetry;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.metrics.MetricPublisher;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * The AWS clients (DynamoDB, S3, Athena, KMS) built from configuration with their deadlines and retries
 * (docs/reliability.md, "Deadlines and retries"): singletons made on first use and closed with
 * {@link Portside#close()}. Installed when a configured adapter runs on AWS.
 */
final class AwsClientsModule extends AbstractModule {

    private final PortsideConfig config;
    private final Closer closer;
    private final Telemetry telemetry;

    AwsClientsModule(PortsideConfig config, Closer closer, Telemetry telemetry) {
        this.config = config;
        this.closer = closer;
        this.telemetry = telemetry;
    }

    private AwsCredentialsProvider credentials() {
        Optional<String> keyId = config.optional(AWS_ACCESS_KEY_ID);
        if (keyId.isPresent()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(keyId.get(),
                    config.optional(AWS_SECRET_ACCESS_KEY).orElse("")));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    /** Every AWS client's deadlines and retries: a hung endpoint answers Unavailable within the call timeout. */
    private <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B aws(B builder, String endpointKey) {
        builder.region(Region.of(config.get(AWS_REGION))).credentialsProvider(credentials())
                .httpClientBuilder(Apache5HttpClient.builder()
                        .connectionTimeout(config.getDuration(AWS_CONNECT_TIMEOUT))
                        .socketTimeout(config.getDuration(AWS_ATTEMPT_TIMEOUT)))
                .overrideConfiguration(o -> o
                        .apiCallTimeout(config.getDuration(AWS_CALL_TIMEOUT))
                        .apiCallAttemptTimeout(config.getDuration(AWS_ATTEMPT_TIMEOUT))
                        .retryStrategy(retries())
                        .metricPublishers(telemetry.meters().<List<MetricPublisher>>map(m -> List.of(new AwsMetrics(m)))
                                .orElse(List.of())));
        config.optional(endpointKey).or(() -> config.optional(AWS_ENDPOINT))
                .ifPresent(endpoint -> builder.endpointOverride(URI.create(endpoint)));
        return builder;
    }

    private RetryStrategy retries() {
        int attempts = config.getInt(AWS_MAX_ATTEMPTS);
        return switch (config.get(AWS_RETRY_MODE)) {
            case "adaptive" -> AwsRetryStrategy.adaptiveRetryStrategy().toBuilder().maxAttempts(attempts).build();
            case "legacy" -> AwsRetryStrategy.legacyRetryStrategy().toBuilder().maxAttempts(attempts).build();
            default -> AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(attempts).build();
        };
    }

    @Provides
    @Singleton
    DynamoDbClient dynamoDb() {
        return closer.register(aws(DynamoDbClient.builder(), DYNAMODB_ENDPOINT).build());
    }

    @Provides
    @Singleton
    S3Client s3() {
        var builder = aws(S3Client.builder(), S3_ENDPOINT).forcePathStyle(config.getBoolean(S3_PATH_STYLE));
        if ("when_required".equals(config.get(S3_CHECKSUMS))) {
            // The S3 servers that need this (Ceph RGW) also refuse an aws-chunked empty body (XAmzContentSHA256Mismatch
            // on a zero-byte PutObject over http): payloads go unchunked, signed whole.
            builder.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                    .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build());
        }
        return closer.register(builder.build());
    }

    @Provides
    @Singleton
    AthenaClient athena() {
        return closer.register(aws(AthenaClient.builder(), ATHENA_ENDPOINT).build());
    }

    @Provides
    @Singleton
    KmsClient kms() {
        return closer.register(aws(KmsClient.builder(), KMS_ENDPOINT).build());
    }
}
