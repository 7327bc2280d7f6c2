package dev.portside.bootstrap;

import static dev.portside.bootstrap.config.CoreKeys.*;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.name.Named;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.portside.bootstrap.config.PortsideConfig;
import dev.portside.bootstrap.observability.AwsMetrics;
import dev.portside.bootstrap.observability.Telemetry;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.HealthCheck;
import dev.portside.domain.kernel.IdGenerator;
import dev.portside.domain.kernel.Provisioner;
import dev.portside.domain.kernel.UseCaseObserver;
import java.util.List;
import software.amazon.awssdk.metrics.MetricPublisher;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import dev.portside.adapters.sql.support.Retries;
import org.jdbi.v3.core.Jdbi;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * The shared infrastructure every adapter may inject: clock, ids, cursor codec, and the backend clients
 * built from configuration with their deadlines, retries and pool settings (docs/reliability.md, "Deadlines
 * and retries"). Clients are singletons made on first use (an in-memory profile opens none) and closed with
 * {@link Portside#close()}.
 */
final class InfrastructureModule extends AbstractModule {

    private final PortsideConfig config;
    private final Closer closer;
    private final Telemetry telemetry;

    InfrastructureModule(PortsideConfig config, Closer closer, Telemetry telemetry) {
        this.config = config;
        this.closer = closer;
        this.telemetry = telemetry;
    }

    @Override
    protected void configure() {
        bind(PortsideConfig.class).toInstance(config);
        bind(Closer.class).toInstance(closer);
        bind(Telemetry.class).toInstance(telemetry);
        bind(UseCaseObserver.class).toInstance(telemetry.useCases());
        Multibinder.newSetBinder(binder(), Provisioner.class);
        Multibinder.newSetBinder(binder(), HealthCheck.class);
    }

    @Provides
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Provides
    @Singleton
    IdGenerator ids() {
        return IdGenerator.random();
    }

    @Provides
    @Singleton
    CursorCodec cursors() {
        Optional<String> secret = config.optional(CURSOR_SECRET);
        if (secret.isPresent()) {
            return CursorCodec.fromSecret(secret.get());
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new CursorCodec(key);
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

    @Provides
    @Singleton
    @Named("postgres")
    Jdbi postgres() {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("portside-postgres");
        pool.setJdbcUrl(config.get(POSTGRES_URL));
        pool.setUsername(config.get(POSTGRES_USER));
        config.optional(POSTGRES_PASSWORD).ifPresent(pool::setPassword);
        pool.setMaximumPoolSize(config.getInt(POSTGRES_POOL_SIZE));
        pool.setMinimumIdle(Math.min(config.getInt(POSTGRES_POOL_MINIMUM_IDLE), config.getInt(POSTGRES_POOL_SIZE)));
        pool.setConnectionTimeout(config.getDuration(POSTGRES_POOL_CONNECTION_TIMEOUT).toMillis());
        pool.setIdleTimeout(config.getDuration(POSTGRES_POOL_IDLE_TIMEOUT).toMillis());
        pool.setMaxLifetime(config.getDuration(POSTGRES_POOL_MAX_LIFETIME).toMillis());
        long connectSeconds = config.getDuration(POSTGRES_CONNECT_TIMEOUT).toSeconds();
        pool.addDataSourceProperty("connectTimeout", Long.toString(connectSeconds));
        pool.addDataSourceProperty("loginTimeout", Long.toString(connectSeconds));
        pool.addDataSourceProperty("socketTimeout", Long.toString(config.getDuration(POSTGRES_SOCKET_TIMEOUT).toSeconds()));
        pool.addDataSourceProperty("options", "-c statement_timeout=" + config.getDuration(POSTGRES_STATEMENT_TIMEOUT).toMillis());
        return opened(pool);
    }

    /**
     * A SQL pool as every backend gets it: opened lazily (a server that is down fails the first call, not the
     * start), reporting to the host's meter registry, closed by {@code close()}, with the configured reruns.
     */
    private Jdbi opened(HikariConfig pool) {
        pool.setInitializationFailTimeout(-1);
        telemetry.meters().ifPresent(meters -> pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(meters)));
        return Retries.configure(Jdbi.create(closer.register(new HikariDataSource(pool))), sqlRetries());
    }

    /** The reruns of a PostgreSQL or ClickHouse call that failed transiently, shared by every SQL adapter's Guard. */
    private Retries sqlRetries() {
        return new Retries(config.getInt(SQL_RETRY_ATTEMPTS), config.getDuration(SQL_RETRY_BACKOFF),
                config.getDuration(SQL_RETRY_MAX_BACKOFF), config.getDuration(SQL_RETRY_DEADLINE));
    }

    @Provides
    @Singleton
    @Named("clickhouse")
    Jdbi clickhouse() {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("portside-clickhouse");
        pool.setJdbcUrl(config.get(CLICKHOUSE_URL));
        pool.setUsername(config.get(CLICKHOUSE_USER));
        pool.setPassword(config.optional(CLICKHOUSE_PASSWORD).orElse(""));
        pool.setMaximumPoolSize(config.getInt(CLICKHOUSE_POOL_SIZE));
        pool.setMinimumIdle(0);
        pool.setConnectionTimeout(config.getDuration(CLICKHOUSE_POOL_CONNECTION_TIMEOUT).toMillis());
        pool.addDataSourceProperty("connection_timeout", Long.toString(config.getDuration(CLICKHOUSE_CONNECT_TIMEOUT).toMillis()));
        pool.addDataSourceProperty("socket_timeout", Long.toString(config.getDuration(CLICKHOUSE_SOCKET_TIMEOUT).toMillis()));
        pool.addDataSourceProperty("clickhouse_setting_max_execution_time",
                Long.toString(config.getDuration(CLICKHOUSE_QUERY_TIMEOUT).toSeconds()));
        return opened(pool);
    }
}
