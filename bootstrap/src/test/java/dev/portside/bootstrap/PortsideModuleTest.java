package dev.portside.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Injector;
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
    void theResourcesAreBoundForAHostThatOnlyHoldsTheInjector() {
        PortsideModule module = new PortsideModule(AWS);

        assertThat(Guice.createInjector(module).getInstance(Closer.class)).isSameAs(module.resources());
    }
}
