package dev.portside.adapters.dynamodb.support;

import dev.portside.adapters.dynamodb.support.TableProvisioner.Index;
import dev.portside.adapters.dynamodb.support.TableProvisioner.Table;
import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/** Tables and clients for the support tests: a table {@code pk}/{@code sk} with index {@code ByGroup}. */
final class SupportTables {

    static final String INDEX = "ByGroup";

    private SupportTables() {
    }

    /** A new provisioned table on the shared test server. */
    static String table(String name) {
        String table = DynamoDbBackend.uniquePrefix() + name;
        new TableProvisioner(DynamoDbBackend.shared().client()).ensure(List.of(Table.of(table, "pk", "sk",
                List.of(new Index(INDEX, "group", "sk"))))).getOrElseThrow(p -> new IllegalStateException(p.message()));
        return table;
    }

    /** A client of the test server whose calls pass through {@code interceptor}. */
    static DynamoDbClient client(ExecutionInterceptor interceptor) {
        return builder(interceptor).build();
    }

    /** A client of the test server whose calls pass through {@code interceptor} once, without SDK retries. */
    static DynamoDbClient clientWithoutRetries(ExecutionInterceptor interceptor) {
        return builder(interceptor).overrideConfiguration(c -> c.addExecutionInterceptor(interceptor)
                .retryStrategy(AwsRetryStrategy.doNotRetry())).build();
    }

    private static DynamoDbClientBuilder builder(ExecutionInterceptor interceptor) {
        return DynamoDbClient.builder().endpointOverride(DynamoDbBackend.shared().endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .overrideConfiguration(c -> c.addExecutionInterceptor(interceptor));
    }
}
