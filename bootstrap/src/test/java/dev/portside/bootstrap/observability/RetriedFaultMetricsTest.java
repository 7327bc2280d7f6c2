package dev.portside.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.application.content.ContentCommands.PublishContent;
import dev.portside.bootstrap.ContextRegistry;
import dev.portside.bootstrap.Portside;
import dev.portside.bootstrap.content.ContentPlugin;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Provisioner;
import dev.portside.testkit.faults.Fault;
import dev.portside.testkit.faults.FaultInjector;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;

/**
 * Content on the DynamoDB test server, its client throttled by a {@link FaultInjector}: a throttled call the SDK
 * retried counts one retry on the port call it belongs to, and a call whose retries run out counts a fault, ends
 * the use case Unavailable and leaves one WARN line naming tenant and problem kind.
 */
class RetriedFaultMetricsTest {

    @RegisterExtension
    static final DynamoDbBackend BACKEND = DynamoDbBackend.shared();

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final FaultInjector throttling = new FaultInjector(14, 1.0, List.of(new Fault.Refused("ThrottlingException",
            Set.of(), () -> ThrottlingException.builder().statusCode(400).awsErrorDetails(AwsErrorDetails.builder()
                    .errorCode("ThrottlingException").errorMessage("Rate of requests exceeds the allowed throughput")
                    .build()).build())));

    @Test
    void a_throttled_call_retried_by_the_sdk_and_one_that_runs_out_of_retries_are_counted_and_logged() {
        String prefix = DynamoDbBackend.uniquePrefix();
        Map<String, String> settings = Map.of("portside.content.adapter", "dynamodb",
                ContentPlugin.ITEMS_TABLE, prefix + "content", ContentPlugin.HISTORY_TABLE, prefix + "history",
                "portside.records.local-key", FacadeMetricsTest.LOCAL_KEY);
        Logger ports = (Logger) LoggerFactory.getLogger("dev.portside.ports");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        ports.addAppender(lines);
        ports.setLevel(Level.INFO);
        try (Portside portside = Portside.builder(ContextRegistry.hostConfig(settings)).meterRegistry(meters)
                .overrides(new FaultyClient()).start()) {
            portside.provisioners().forEach(Provisioner::provision);

            throttling.strikeAtMost(1).start();
            assertThat(portside.content().publish(publish("guide-1")).isRight()).isTrue();
            assertThat(throttling.struck()).hasSize(1);

            throttling.strikeAtMost(10);
            Either<Problem, ?> refused = portside.content().publish(publish("guide-2"));
            assertThat(refused.getLeft()).isInstanceOfSatisfying(Problem.Unavailable.class,
                    u -> assertThat(u.retriable()).isTrue());
            throttling.stop();
        } finally {
            ports.detachAppender(lines);
        }
        String[] call = {"context", "content", "port", "ContentRepository", "operation", "create", "adapter", "dynamodb"};
        assertThat(meters.get(ObservedPort.RETRIES).tags(call).tag("backend", "dynamodb").counter().count())
                .isEqualTo(1 + 2);
        assertThat(meters.get(ObservedPort.FAULTS).tags(call).tags("backend", "dynamodb", "retriable", "true")
                .counter().count()).isEqualTo(1);
        assertThat(meters.get("portside.aws.retries").tags("service", "DynamoDB", "operation", "TransactWriteItems")
                .counter().count()).isEqualTo(3);
        assertThat(meters.get(Telemetry.PORT_CALL).tags(call).tag("outcome", "ok").timer().count()).isEqualTo(1);
        assertThat(meters.get(Telemetry.PORT_CALL).tags(call).tag("outcome", "Unavailable").timer().count()).isEqualTo(1);
        assertThat(meters.get(Telemetry.USE_CASE).tags("context", "content", "use.case", "publish", "outcome",
                "Unavailable").timer().count()).isEqualTo(1);

        assertThat(lines.list).hasSize(2);
        ILoggingEvent retried = lines.list.get(0);
        assertThat(retried.getLevel()).isEqualTo(Level.INFO);
        assertThat(retried.getFormattedMessage()).startsWith("port call retried:").contains("context=content",
                "port=ContentRepository", "operation=create", "tenant=t1", "outcome=ok", "retries=1");
        ILoggingEvent failed = lines.list.get(1);
        assertThat(failed.getLevel()).isEqualTo(Level.WARN);
        assertThat(failed.getFormattedMessage()).startsWith("port call failed:").contains("tenant=t1",
                "problem=Unavailable", "retriable=true", "retries=2");
        assertThat(lines.list).allSatisfy(line -> assertThat(line.getFormattedMessage())
                .doesNotContain("Lambda guide", "guide-1", "guide-2"));
    }

    static PublishContent publish(String id) {
        return new PublishContent("t1", id, "SAA", FacadeMetricsTest.draft(), null);
    }

    /** The production client's shape (metric publisher included) with the fault injector added. */
    final class FaultyClient extends AbstractModule {
        @Provides
        @Singleton
        DynamoDbClient client() {
            return DynamoDbClient.builder().endpointOverride(BACKEND.endpoint()).region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                    .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.standardRetryStrategy())
                            .addExecutionInterceptor(throttling)
                            .addMetricPublisher(new AwsMetrics(meters)))
                    .build();
        }
    }
}
