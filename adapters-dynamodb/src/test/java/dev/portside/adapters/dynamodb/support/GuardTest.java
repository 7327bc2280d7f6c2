package dev.portside.adapters.dynamodb.support;

import static dev.portside.adapters.dynamodb.support.Attributes.s;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.domain.kernel.Problem;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class GuardTest {

    @RegisterExtension
    static final DynamoDbBackend BACKEND = DynamoDbBackend.shared();

    private final String table = SupportTables.table("guard");

    /**
     * Answers every call with the given HTTP status and DynamoDB error type, as a busy or broken service would (in
     * the body and in the x-amzn-ErrorType header, which the SDK reads first where a server sends it, as moto does).
     */
    private static DynamoDbClient answering(int status, String errorType) {
        return SupportTables.clientWithoutRetries(new ExecutionInterceptor() {
            @Override
            public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
                return context.httpResponse().toBuilder().statusCode(status)
                        .putHeader("x-amzn-ErrorType", errorType).build();
            }

            @Override
            public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
                                                                   ExecutionAttributes attributes) {
                return Optional.of(new ByteArrayInputStream(("{\"__type\":\"com.amazonaws.dynamodb.v20120810#"
                        + errorType + "\",\"message\":\"item and payload stay out of the cause\"}")
                        .getBytes(StandardCharsets.UTF_8)));
            }
        });
    }

    private Problem createThrough(DynamoDbClient client) {
        return new RevisionedWrites(client, table, "pk", "revision", RevisionedWrites.Gone.CONFLICT)
                .create("thing", "a", Map.of("pk", s("a"), "sk", s("-"), "revision", s("1")))
                .getLeft();
    }

    @Test
    void throttling_is_a_retriable_unavailable_naming_the_operation() {
        assertThat(createThrough(answering(400, "ProvisionedThroughputExceededException"))).isEqualTo(
                new Problem.Unavailable("dynamodb", true, "PutItem: ProvisionedThroughputExceededException (throttled)"));
    }

    @Test
    void a_server_error_is_retriable_and_a_refused_request_is_not() {
        assertThat(createThrough(answering(500, "InternalServerError")))
                .isEqualTo(new Problem.Unavailable("dynamodb", true, "PutItem: InternalServerError (HTTP 500)"));
        assertThat(createThrough(answering(400, "ValidationException")))
                .isEqualTo(new Problem.Unavailable("dynamodb", false, "PutItem: ValidationException"));
    }

    @Test
    void a_missing_table_is_not_retriable() {
        assertThat(new RevisionedWrites(BACKEND.client(), table + "-missing", "pk", "revision",
                RevisionedWrites.Gone.CONFLICT).read(Map.of("pk", s("a"), "sk", s("-")), i -> i).getLeft())
                .isEqualTo(new Problem.Unavailable("dynamodb", false, "GetItem: ResourceNotFoundException"));
    }

    @Test
    void a_closed_port_is_a_retriable_unavailable_that_says_connection_refused() {
        DynamoDbClient closed = DynamoDbClient.builder().endpointOverride(java.net.URI.create("http://127.0.0.1:9"))
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("a", "b")))
                .overrideConfiguration(c -> c.retryStrategy(software.amazon.awssdk.retries.DefaultRetryStrategy
                        .doNotRetry())).build();
        try (closed) {
            assertThat(createThrough(closed))
                    .isEqualTo(new Problem.Unavailable("dynamodb", true, "PutItem: connection refused"));
        }
    }
}
