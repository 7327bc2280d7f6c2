package dev.portside.adapters.s3.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.s3.testing.Answering;
import dev.portside.adapters.s3.testing.AthenaTestEndpoint;
import dev.portside.adapters.s3.testing.KmsTestEndpoint;
import dev.portside.adapters.s3.testing.S3ProxyBackend;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;

class GuardTest {

    @RegisterExtension
    static final S3ProxyBackend s3 = S3ProxyBackend.shared();

    private static ClientOverrideConfiguration once(ExecutionInterceptor... interceptors) {
        ClientOverrideConfiguration.Builder config = ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetryStrategy.doNotRetry());
        for (ExecutionInterceptor interceptor : interceptors) {
            config.addExecutionInterceptor(interceptor);
        }
        return config.build();
    }

    private static S3Client s3Client(String secret, ExecutionInterceptor... interceptors) {
        return S3Client.builder().endpointOverride(s3.endpoint()).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), secret)))
                .overrideConfiguration(once(interceptors)).build();
    }

    private static KmsClient kmsClient(URI endpoint, ClientOverrideConfiguration config) {
        return KmsClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .overrideConfiguration(config).build();
    }

    private static Problem.Unavailable unavailable(Either<Problem, ?> answer) {
        assertThat(answer.getLeft()).isInstanceOf(Problem.Unavailable.class);
        return (Problem.Unavailable) answer.getLeft();
    }

    @Test
    void aMissingKeyFromARealServerReadsAsAbsentOrAsA404ThatNoRetryHelps() {
        String bucket = s3.newBucket();
        assertThat(new S3Objects(s3.client(), bucket).get("no/such/key").get()).isEmpty();

        Problem.Unavailable problem = unavailable(Guard.S3.call("GetObject",
                () -> s3.client().getObjectAsBytes(b -> b.bucket(bucket).key("no/such/key"))));
        assertThat(problem.backend()).isEqualTo("s3");
        assertThat(problem.retriable()).isFalse();
        assertThat(problem.cause()).isEqualTo("GetObject: 404 NoSuchKey");
    }

    @Test
    void aRealForbiddenAnswerIsARefusalWithItsStatusAndNotRetriable() {
        S3Client wrongSecret = s3Client("not-the-secret");
        AtomicReference<Guard.Refusal> seen = new AtomicReference<>();
        Either<Problem, Object> answer = Guard.S3.call("ListBuckets", wrongSecret::listBuckets, refusal -> {
            seen.set(refusal);
            return Option.none();
        });
        assertThat(seen.get().status()).isEqualTo(403);
        Problem.Unavailable problem = unavailable(answer);
        assertThat(problem.retriable()).isFalse();
        assertThat(problem.cause()).startsWith("ListBuckets: 403 ");
    }

    @Test
    void aMeaningTurnsARefusalIntoADomainAnswer() {
        String bucket = s3.newBucket();
        s3.client().putObject(b -> b.bucket(bucket).key("taken"), RequestBody.fromString("{}"));
        assertThat(new S3Objects(s3.client(), bucket).create("taken", "{}".getBytes(), "w-1").get()).isEmpty();
        assertThat(new RevisionedWrites(new S3Objects(s3.client(), bucket)).create("note", "n-1", "taken",
                "{}".getBytes()).getLeft()).isEqualTo(new Problem.AlreadyExists("note", "n-1"));
    }

    @Test
    void s3SlowDownIsThrottlingAndRetriable() {
        String bucket = s3.newBucket();
        s3.client().putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("{}"));
        S3Client throttled = s3Client(s3.secretKey(), Answering.s3Error(503, "SlowDown"));

        Problem.Unavailable problem = unavailable(new S3Objects(throttled, bucket).get("k"));
        assertThat(problem.retriable()).isTrue();
        assertThat(problem.cause()).isEqualTo("GetObject: 503 SlowDown (throttled)");
    }

    @Test
    void anS3InternalErrorIsRetriable() {
        String bucket = s3.newBucket();
        S3Client failing = s3Client(s3.secretKey(), Answering.s3Error(500, "InternalError"));
        Problem.Unavailable problem = unavailable(new S3Objects(failing, bucket).create("k", "{}".getBytes(), "w-1"));
        assertThat(problem.retriable()).isTrue();
        assertThat(problem.cause()).isEqualTo("PutObject: 500 InternalError");
    }

    @Test
    void kmsThrottlingAndLimitExceededAreRetriableAndAnInternalErrorToo() throws IOException {
        try (KmsTestEndpoint kms = KmsTestEndpoint.start()) {
            for (String type : new String[] {"ThrottlingException", "LimitExceededException"}) {
                KmsClient client = kmsClient(kms.endpoint(), once(Answering.jsonError(400, type)));
                Problem.Unavailable problem = unavailable(Guard.KMS.call("ListKeys", client::listKeys));
                assertThat(problem.backend()).isEqualTo("kms");
                assertThat(problem.retriable()).isTrue();
                assertThat(problem.cause()).isEqualTo("ListKeys: 400 " + type + " (throttled)");
            }
            KmsClient failing = kmsClient(kms.endpoint(), once(Answering.jsonError(500, "KMSInternalException")));
            assertThat(unavailable(Guard.KMS.call("ListKeys", failing::listKeys)).retriable()).isTrue();
        }
    }

    @Test
    void athenaTooManyRequestsIsRetriable() {
        try (AthenaTestEndpoint athena = AthenaTestEndpoint.start(key -> Path.of("unused"), () -> {
        })) {
            AthenaClient client = AthenaClient.builder().endpointOverride(athena.endpoint()).region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                    .overrideConfiguration(once(Answering.jsonError(400, "TooManyRequestsException"))).build();
            Problem.Unavailable problem = unavailable(Guard.ATHENA.call("StartQueryExecution",
                    () -> client.startQueryExecution(b -> b.queryString("SELECT 1"))));
            assertThat(problem.backend()).isEqualTo("athena");
            assertThat(problem.retriable()).isTrue();
            assertThat(problem.cause()).isEqualTo("StartQueryExecution: 400 TooManyRequestsException (throttled)");
        }
    }

    @Test
    void aCallThatOutlivesItsTimeoutIsRetriable() throws IOException {
        ExecutionInterceptor slow = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        try (KmsTestEndpoint kms = KmsTestEndpoint.start()) {
            KmsClient client = kmsClient(kms.endpoint(), once(slow).toBuilder()
                    .apiCallTimeout(Duration.ofMillis(200)).build());
            Problem.Unavailable problem = unavailable(Guard.KMS.call("ListKeys", client::listKeys));
            assertThat(problem.retriable()).isTrue();
            assertThat(problem.cause()).startsWith("ListKeys: timed out");
        }
    }

    @Test
    void anUnreachableEndpointIsRetriableAndNamesNoCredentialOrProviderText() {
        KmsClient client = kmsClient(URI.create("http://127.0.0.1:1"), once());
        Problem.Unavailable problem = unavailable(Guard.KMS.call("ListKeys", client::listKeys));
        assertThat(problem.retriable()).isTrue();
        assertThat(problem.cause()).isEqualTo("ListKeys: connection refused");
        assertThat(problem.cause().length()).isLessThanOrEqualTo(200);
    }
}
