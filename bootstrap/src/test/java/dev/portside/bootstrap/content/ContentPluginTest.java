package dev.portside.bootstrap.content;

import dev.portside.bootstrap.spi.DemoSteps;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.bootstrap.ContextRegistry;
import dev.portside.bootstrap.ProfileSettings;
import dev.portside.bootstrap.Portside;
import dev.portside.bootstrap.config.PortsideConfig;
import dev.portside.bootstrap.progress.ProgressPlugin;
import dev.portside.bootstrap.spi.ContextPlugin;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentPluginTest {

    @Test
    void the_demo_publishes_revises_twice_shows_history_records_progress_and_summarises() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DemoSteps steps = new DemoSteps(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try (Portside portside = Portside.start(ContextRegistry.loadConfig(Map.of("portside.profile", "inmemory")))) {
            for (ContextPlugin plugin : portside.contexts()) {
                if (plugin instanceof ContentPlugin || plugin instanceof ProgressPlugin) {
                    steps.walk(plugin.context(), () -> plugin.demo(portside, steps));
                }
            }
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed)
                .contains("publish -> aws-lambda-guide-001/SAA version 1.0 (revision 1)")
                .contains("revise (title) -> aws-lambda-guide-001/SAA version 1.0.1 (revision 2)")
                .contains("revise (minor bump) -> aws-lambda-guide-001/SAA version 1.1.0 (revision 3)")
                .contains("1.1.0  \"AWS Lambda Best Practices - Updated\"")
                .contains("certification detected: SAA")
                .contains("state COMPLETED, best score 85.50")
                .contains("summary for user-123 in SAA -> 1/1 items completed, average best score 85.50, total time 37 min")
                .doesNotContain("refused");
        assertThat(steps.failures()).isEmpty();
    }

    @Test
    void each_profile_picks_its_adapter_and_an_explicit_key_wins() {
        for (var expected : Map.of("inmemory", "inmemory", "aws", "dynamodb", "sql", "postgres").entrySet()) {
            PortsideConfig config = ContextRegistry.loadConfig(ProfileSettings.of(expected.getKey()));
            assertThat(config.get(ContentPlugin.ADAPTER)).isEqualTo(expected.getValue());
            assertThat(config.get(ProgressPlugin.ADAPTER)).isEqualTo(expected.getValue());
        }
        PortsideConfig mixed = ContextRegistry.loadConfig(ProfileSettings.of("aws", Map.of(ProgressPlugin.ADAPTER, "inmemory")));
        assertThat(mixed.get(ContentPlugin.ADAPTER)).isEqualTo("dynamodb");
        assertThat(mixed.get(ProgressPlugin.ADAPTER)).isEqualTo("inmemory");
    }

    @Test
    void the_aws_and_sql_profiles_wire_provisioners_and_health_checks_for_both_contexts() {
        Map<String, String> aws = ProfileSettings.of("aws", Map.of("portside.aws.endpoint", "http://127.0.0.1:9",
                "portside.aws.access-key-id", "test", "portside.aws.secret-access-key", "test"));
        try (Portside portside = Portside.start(ContextRegistry.loadConfig(aws))) {
            assertThat(portside.provisioners()).extracting(p -> p.name())
                    .contains("dynamodb tables portside-content, portside-content-history", "dynamodb table portside-progress");
            assertThat(portside.content()).isNotNull();
            assertThat(portside.progress()).isNotNull();
        }
        try (Portside portside = Portside.start(ContextRegistry.loadConfig(ProfileSettings.of("sql")))) {
            assertThat(portside.provisioners()).extracting(p -> p.name())
                    .contains("postgres schema content", "postgres schema progress");
        }
    }

    @Test
    void the_facades_are_reachable_from_portside() {
        try (Portside portside = Portside.start(ContextRegistry.loadConfig(Map.of()))) {
            assertThat(portside.content()).isSameAs(portside.content());
            assertThat(portside.progress()).isNotNull();
            assertThat(portside.provisioners()).isEmpty();
        }
    }
}
