package dev.portside.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.content.ContentCommands.GetContent;
import dev.portside.application.content.ContentCommands.PublishContent;
import dev.portside.bootstrap.ContextRegistry;
import dev.portside.bootstrap.Portside;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The scrape docs/operations.md shows: a Prometheus registry after one publish and two reads, with percentile
 * histograms turned on by {@code portside.metrics.percentile-histograms} and without them (the default).
 */
class PrometheusScrapeTest {

    @Test
    void a_prometheus_registry_exposes_use_case_and_port_call_histograms_when_the_key_turns_them_on() {
        String scrape = scrapeAfterOnePublishAndTwoReads(Map.of("portside.metrics.percentile-histograms", "true"));
        System.out.println(scrape);
        assertThat(scrape).contains(
                "portside_use_case_seconds_count{context=\"content\",outcome=\"ok\",use_case=\"publish\"} 1",
                "portside_use_case_seconds_count{context=\"content\",outcome=\"NotFound\",use_case=\"get\"} 1",
                "portside_port_call_seconds_count{adapter=\"inmemory\",context=\"content\",operation=\"create\","
                        + "outcome=\"ok\",port=\"ContentRepository\"} 1",
                "portside_use_case_seconds_bucket{context=\"content\",outcome=\"ok\",use_case=\"publish\",le=\"",
                "portside_port_call_seconds_bucket{adapter=\"inmemory\",context=\"content\",operation=\"create\",");
        assertThat(scrape).doesNotContain("acme", "guide-1");
    }

    @Test
    void by_default_the_timers_publish_count_sum_and_max_without_buckets() {
        String scrape = scrapeAfterOnePublishAndTwoReads(Map.of());
        assertThat(scrape).contains(
                "portside_use_case_seconds_count{context=\"content\",outcome=\"ok\",use_case=\"publish\"} 1",
                "portside_use_case_seconds_max{context=\"content\",outcome=\"ok\",use_case=\"publish\"}",
                "portside_port_call_seconds_count{adapter=\"inmemory\",context=\"content\",operation=\"create\","
                        + "outcome=\"ok\",port=\"ContentRepository\"} 1");
        assertThat(scrape).doesNotContain("portside_use_case_seconds_bucket", "portside_port_call_seconds_bucket");
    }

    private static String scrapeAfterOnePublishAndTwoReads(Map<String, String> settings) {
        PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Map<String, String> config = new HashMap<>(settings);
        config.put("portside.records.local-key", FacadeMetricsTest.LOCAL_KEY);
        try (Portside portside = Portside.builder(ContextRegistry.hostConfig(config)).meterRegistry(prometheus).start()) {
            portside.content().publish(new PublishContent("acme", "guide-1", "SAA", FacadeMetricsTest.draft(), null));
            portside.content().get(new GetContent("acme", "guide-1", "SAA"));
            portside.content().get(new GetContent("acme", "missing", "SAA"));
        }
        return prometheus.scrape();
    }
}
