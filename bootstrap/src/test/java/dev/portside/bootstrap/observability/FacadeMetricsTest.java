package dev.portside.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.content.ContentCommands.GetContent;
import dev.portside.application.content.ContentCommands.PublishContent;
import dev.portside.bootstrap.ContextRegistry;
import dev.portside.bootstrap.Portside;
import dev.portside.bootstrap.spi.ContextPlugin;
import dev.portside.bootstrap.spi.DemoSteps;
import dev.portside.domain.content.ContentDraft;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FacadeMetricsTest {

    static final Set<String> CONTEXTS = Set.of("content", "progress", "circles", "records", "brands", "realtime");
    static final String LOCAL_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    static Portside start(SimpleMeterRegistry meters) {
        return Portside.builder(ContextRegistry.hostConfig(Map.of("portside.records.local-key", LOCAL_KEY)))
                .meterRegistry(meters).start();
    }

    @Test
    void a_noop_observation_registry_beside_a_meter_registry_leaves_the_timers_direct() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (Portside portside = Portside.builder(ContextRegistry.hostConfig(Map.of("portside.records.local-key",
                LOCAL_KEY))).meterRegistry(meters).observationRegistry(ObservationRegistry.NOOP).start()) {
            portside.content().get(new GetContent("acme", "missing", "SAA"));
        }
        assertThat(count(meters, Telemetry.USE_CASE, "context", "content", "outcome", "NotFound")).isEqualTo(1);
        assertThat(meters.get(Telemetry.PORT_CALL).tags("port", "ContentRepository", "operation", "find")
                .timer().count()).isEqualTo(1);
    }

    @Test
    void every_context_times_its_use_cases_and_port_calls_with_bounded_tags() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (Portside portside = start(meters)) {
            DemoSteps steps = new DemoSteps(new PrintStream(OutputStream.nullOutputStream()));
            for (ContextPlugin plugin : portside.contexts()) {
                steps.walk(plugin.context(), () -> plugin.demo(portside, steps));
            }
            assertThat(steps.failures()).isEmpty();
        }
        List<Timer> useCases = List.copyOf(meters.find(Telemetry.USE_CASE).timers());
        List<Timer> portCalls = List.copyOf(meters.find(Telemetry.PORT_CALL).timers());
        assertThat(useCases.stream().map(t -> t.getId().getTag("context")).collect(Collectors.toSet()))
                .isEqualTo(CONTEXTS);
        assertThat(portCalls.stream().map(t -> t.getId().getTag("context")).collect(Collectors.toSet()))
                .isEqualTo(CONTEXTS);
        assertThat(useCases).allSatisfy(t -> assertThat(keys(t)).containsExactlyInAnyOrder("context", "use.case", "outcome"));
        assertThat(portCalls).allSatisfy(t -> {
            assertThat(keys(t)).containsExactlyInAnyOrder("context", "port", "operation", "adapter", "outcome");
            assertThat(t.getId().getTag("adapter")).isIn("inmemory", "local");
        });
        assertThat(meters.getMeters()).flatMap(m -> m.getId().getTags()).extracting(Tag::getValue)
                .doesNotContain("demo", "aws-lambda-guide-001", "ana@example.com");
        assertThat(useCases).anySatisfy(t -> assertThat(t.getId().getTag("outcome")).isEqualTo("Invalid"));
        assertThat(useCases).anySatisfy(t -> assertThat(t.getId().getTag("outcome")).isEqualTo("AlreadyExists"));
        for (String context : CONTEXTS) {
            assertThat(count(meters, Telemetry.USE_CASE, "context", context, "outcome", "ok"))
                    .as("ok use cases of %s", context).isPositive();
        }
    }

    @Test
    void a_use_case_and_its_port_calls_are_counted_once_each_with_their_outcome() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (Portside portside = start(meters)) {
            PublishContent publish = new PublishContent("t1", "guide-1", "SAA", FacadeMetricsTest.draft(), null);
            assertThat(portside.content().publish(publish).isRight()).isTrue();
            assertThat(portside.content().publish(publish).getLeft().getClass().getSimpleName())
                    .isEqualTo("AlreadyExists");
            assertThat(portside.content().get(new GetContent("t1", "missing", "SAA")).isLeft()).isTrue();
            assertThat(portside.content().get(new GetContent("t1", "guide-1", "SAA")).isRight()).isTrue();
        }
        assertThat(count(meters, Telemetry.USE_CASE, "use.case", "publish", "outcome", "ok")).isEqualTo(1);
        assertThat(count(meters, Telemetry.USE_CASE, "use.case", "publish", "outcome", "AlreadyExists")).isEqualTo(1);
        assertThat(count(meters, Telemetry.USE_CASE, "use.case", "get", "outcome", "NotFound")).isEqualTo(1);
        assertThat(count(meters, Telemetry.USE_CASE, "use.case", "get", "outcome", "ok")).isEqualTo(1);
        assertThat(count(meters, Telemetry.PORT_CALL, "port", "ContentRepository", "operation", "create")).isEqualTo(2);
        assertThat(meters.get(Telemetry.PORT_CALL).tags("context", "content", "port", "ContentRepository",
                "operation", "create", "adapter", "inmemory", "outcome", "AlreadyExists").timer().count()).isEqualTo(1);
        assertThat(meters.find(ObservedPort.RETRIES).counters()).isEmpty();
    }

    @Test
    void without_a_registry_nothing_is_wrapped() {
        try (Portside portside = Portside.start(ContextRegistry.hostConfig(Map.of("portside.records.local-key", LOCAL_KEY)))) {
            assertThat(java.lang.reflect.Proxy.isProxyClass(
                    portside.port(dev.portside.domain.content.ContentRepository.class).getClass())).isFalse();
        }
    }

    static ContentDraft draft() {
        return ContentDraft.builder().title("Lambda guide").contentType("STUDY_GUIDE").category("Compute")
                .subcategory("Serverless").difficulty("INTERMEDIATE").tags(List.of("lambda"))
                .source("guide.pdf", "materials").chunkCount(5).questionCount(10).build();
    }

    static double count(SimpleMeterRegistry meters, String name, String k1, String v1, String k2, String v2) {
        return meters.find(name).tags(k1, v1, k2, v2).timers().stream().mapToLong(Timer::count).sum();
    }

    static List<String> keys(Meter meter) {
        return meter.getId().getTags().stream().map(Tag::getKey).toList();
    }
}
