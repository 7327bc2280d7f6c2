package dev.portside.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.content.ContentCommands.PublishContent;
import dev.portside.bootstrap.ContextRegistry;
import dev.portside.bootstrap.Portside;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.test.simple.SimpleSpan;
import io.micrometer.tracing.test.simple.SimpleTracer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TracingTest {

    @Test
    void a_use_case_is_the_parent_span_of_its_port_calls() {
        SimpleTracer tracer = new SimpleTracer();
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new DefaultTracingObservationHandler(tracer));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (Portside portside = Portside.builder(ContextRegistry.hostConfig(Map.of())).observationRegistry(observations)
                .meterRegistry(meters).start()) {
            assertThat(portside.content().publish(new PublishContent("t1", "guide-1", "SAA",
                    FacadeMetricsTest.draft(), null)).isRight()).isTrue();
        }
        List<SimpleSpan> spans = List.copyOf(tracer.getSpans());
        assertThat(spans).extracting(SimpleSpan::getName).containsExactlyInAnyOrder("content publish",
                "ContentRepository.create");
        SimpleSpan useCase = spans.stream().filter(s -> s.getName().equals("content publish")).findFirst().orElseThrow();
        SimpleSpan portCall = spans.stream().filter(s -> s.getName().equals("ContentRepository.create")).findFirst()
                .orElseThrow();
        assertThat(portCall.getTraceId()).isEqualTo(useCase.getTraceId());
        assertThat(portCall.getParentId()).isEqualTo(useCase.getSpanId());
        assertThat(useCase.getParentId()).isNullOrEmpty();
        assertThat(useCase.getTags()).containsEntry("context", "content").containsEntry("use.case", "publish")
                .containsEntry("outcome", "ok");
        assertThat(portCall.getTags()).containsEntry("port", "ContentRepository").containsEntry("operation", "create")
                .containsEntry("adapter", "inmemory").containsEntry("outcome", "ok");
        assertThat(meters.get(Telemetry.PORT_CALL).tag("operation", "create").timer().count()).isEqualTo(1);
    }
}
