package dev.portside.bootstrap.observability;

import dev.portside.domain.kernel.BackendEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.core.metrics.CoreMetric;
import software.amazon.awssdk.metrics.MetricCollection;
import software.amazon.awssdk.metrics.MetricPublisher;

/**
 * The AWS SDK's per-call metrics into the host's registry: {@code portside.aws.calls} (service, operation,
 * outcome) and {@code portside.aws.retries} (service, operation). Each SDK retry is also reported through
 * {@link BackendEvents}, so the port call it belongs to counts it.
 */
public final class AwsMetrics implements MetricPublisher {

    private final MeterRegistry registry;

    public AwsMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void publish(MetricCollection metrics) {
        String service = first(metrics.metricValues(CoreMetric.SERVICE_ID), "unknown");
        String operation = first(metrics.metricValues(CoreMetric.OPERATION_NAME), "unknown");
        boolean ok = Boolean.TRUE.equals(first(metrics.metricValues(CoreMetric.API_CALL_SUCCESSFUL), false));
        Duration took = first(metrics.metricValues(CoreMetric.API_CALL_DURATION), null);
        if (took != null) {
            Timer.builder("portside.aws.calls").description("AWS SDK calls, every retry included")
                    .tags("service", service, "operation", operation, "outcome", ok ? "ok" : "error")
                    .register(registry).record(took);
        }
        int retries = first(metrics.metricValues(CoreMetric.RETRY_COUNT), 0);
        if (retries > 0) {
            Counter.builder("portside.aws.retries").description("Attempts the AWS SDK retried")
                    .tags("service", service, "operation", operation).register(registry).increment(retries);
            String backend = service.toLowerCase(java.util.Locale.ROOT).replace(" ", "");
            for (int i = 1; i <= retries; i++) {
                BackendEvents.retried(backend, operation + ": SDK retry " + i);
            }
        }
    }

    private static <T> T first(List<T> values, T otherwise) {
        return values.isEmpty() || values.get(0) == null ? otherwise : values.get(0);
    }

    @Override
    public void close() {
    }
}
