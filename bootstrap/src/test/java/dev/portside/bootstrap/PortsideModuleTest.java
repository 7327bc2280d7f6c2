package dev.portside.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.name.Names;
import dev.portside.adapters.sql.support.Retries;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import dev.portside.bootstrap.config.PortsideConfig;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

class PortsideModuleTest {

    private static final PortsideConfig AWS = ContextRegistry.loadConfig(ProfileSettings.of("aws", Map.of(
            "portside.aws.endpoint", "http://127.0.0.1:9", "portside.aws.access-key-id", "test",
            "portside.aws.secret-access-key", "test")));

    @Test
    void aGuiceHostClosesTheClientsTheModuleOpenedThroughItsResources() {
        PortsideModule module = new PortsideModule(AWS);
        Injector injector = Guice.createInjector(module);
        DynamoDbClient dynamo = injector.getInstance(DynamoDbClient.class);
        S3Client s3 = injector.getInstance(S3Client.class);

        module.resources().close();

        assertThatThrownBy(dynamo::listTables).isInstanceOfAny(IllegalStateException.class, RejectedExecutionException.class);
        assertThatThrownBy(s3::listBuckets).isInstanceOfAny(IllegalStateException.class, RejectedExecutionException.class);
    }

    @Test
    void theSqlRetriesOfEveryGuardComeFromConfiguration() {
        PortsideModule module = new PortsideModule(ContextRegistry.loadConfig(ProfileSettings.of("sql", Map.of(
                "portside.sql.retry.attempts", "3", "portside.sql.retry.backoff", "5ms",
                "portside.sql.retry.max-backoff", "40ms", "portside.sql.retry.deadline", "2s",
                "portside.clickhouse.pool-size", "2", "portside.clickhouse.query-timeout", "7s"))));
        Injector injector = Guice.createInjector(module);
        Retries expected = new Retries(3, Duration.ofMillis(5), Duration.ofMillis(40), Duration.ofSeconds(2));

        assertThat(Retries.of(injector.getInstance(Key.get(Jdbi.class, Names.named("postgres"))))).isEqualTo(expected);
        assertThat(Retries.of(injector.getInstance(Key.get(Jdbi.class, Names.named("clickhouse"))))).isEqualTo(expected);
        module.resources().close();
    }

    @Test
    void theSqlRetriesDefaultToTheStandardOnes() {
        PortsideModule module = new PortsideModule(ContextRegistry.loadConfig(ProfileSettings.of("sql")));

        assertThat(Retries.of(Guice.createInjector(module).getInstance(Key.get(Jdbi.class, Names.named("postgres")))))
                .isEqualTo(Retries.STANDARD);
        module.resources().close();
    }

    @Test
    void anInMemoryProfileBindsNoAwsClientAndNoSqlPool() {
        Injector injector = Guice.createInjector(new PortsideModule(ContextRegistry.hostConfig(Map.of())));

        assertThat(injector.getExistingBinding(Key.get(DynamoDbClient.class))).isNull();
        assertThat(injector.getExistingBinding(Key.get(S3Client.class))).isNull();
        assertThat(injector.getExistingBinding(Key.get(Jdbi.class, Names.named("postgres")))).isNull();
        assertThat(injector.getExistingBinding(Key.get(Jdbi.class, Names.named("clickhouse")))).isNull();
    }

    @Test
    void theResourcesAreBoundForAHostThatOnlyHoldsTheInjector() {
        PortsideModule module = new PortsideModule(AWS);

        assertThat(Guice.createInjector(module).getInstance(Closer.class)).isSameAs(module.resources());
    }
}
