package dev.portside.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.content.ContentCommands.GetContent;
import dev.portside.application.content.ContentCommands.PublishContent;
import dev.portside.bootstrap.ContextRegistry;
import dev.portside.bootstrap.Portside;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scrape docs/operations.md shows: a Prometheus registry after one publish and two reads. */
class PrometheusScrapeTest {

    @Test
    void a_prometheus_registry_exposes_use_case_and_port_call_histograms() {
        PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (Portside portside = Portside.builder(ContextRegistry.hostConfig(Map.of(
                "portside.records.local-key", FacadeMetricsTest.LOCAL_KEY))).meterRegistry(prometheus).start()) {
            portside.content().publish(new PublishContent("acme", "guide-1", "SAA", FacadeMetricsTest.draft(), null));
            portside.content().get(new GetContent("acme", "guide-1", "SAA"));
            portside.content().get(new GetContent("acme", "missing", "SAA"));
        }
        String scrape = prometheus.scrape();
        System.out.println(scrape);
        assertThat(scrape).contains(
                "portside_use_case_seconds_count{context=\"content\",outcome=\"ok\",use_case=\"publish\"} 1",
                "portside_use_case_seconds_count{context=\"content\",outcome=\"NotFound\",use_case=\"get\"} 1",
                "portside_port_call_seconds_count{adapter=\"inmemory\",context=\"content\",operation=\"create\","
                        + "outcome=\"ok\",port=\"ContentRepository\"} 1",
                "portside_use_case_seconds_bucket{context=\"content\",outcome=\"ok\",use_case=\"publish\",le=\"");
        assertThat(scrape).doesNotContain("acme", "guide-1");
    }
}
