package dev.portside.bootstrap.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.realtime.RealtimeCommands.OpenConnection;
import dev.portside.application.realtime.RealtimeHub;
import dev.portside.bootstrap.ContextRegistry;
import dev.portside.bootstrap.ProfileSettings;
import dev.portside.bootstrap.Portside;
import dev.portside.bootstrap.cli.PortsideCli;
import dev.portside.bootstrap.config.PortsideConfig;
import dev.portside.bootstrap.spi.AdapterSlot;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RealtimePluginTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int cli(String... args) {
        return PortsideCli.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    private static PortsideConfig config(Map<String, String> settings) {
        return ContextRegistry.discover().configuration().override(settings).resolve();
    }

    @Test
    void each_profile_picks_its_realtime_adapter_and_sql_falls_back_to_in_memory() {
        AdapterSlot slot = new RealtimePlugin().slots().get(0);
        assertThat(slot.key()).isEqualTo("portside.realtime.adapter");
        assertThat(slot.profileDefaults()).containsExactlyInAnyOrderEntriesOf(
                Map.of("inmemory", "inmemory", "aws", "dynamodb", "sql", "inmemory"));
        assertThat(config(ProfileSettings.of("aws")).get("portside.realtime.adapter")).isEqualTo("dynamodb");
        assertThat(config(ProfileSettings.of("sql")).get("portside.realtime.adapter")).isEqualTo("inmemory");
    }

    @Test
    void the_configured_connection_ttl_reaches_the_hub() {
        try (Portside portside = Portside.start(config(Map.of("portside.realtime.connection-ttl", "90m")))) {
            RealtimeHub hub = portside.realtime();
            var connection = hub.connections().open(new OpenConnection("default", null, "ada",
                    "wss://x.example.com/ws")).get();
            assertThat(Duration.between(connection.lastPing(), connection.expiresAt()))
                    .isEqualTo(Duration.ofMinutes(90));
        }
    }

    @Test
    void a_zero_ttl_is_refused_at_start_naming_the_key() {
        assertThat(cli("--set", "portside.realtime.request-ttl=0s", "realtime", "cleanup")).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("portside.realtime.request-ttl");
    }

    @Test
    void cleanup_prints_its_counts_and_exits_zero() {
        assertThat(cli("realtime", "cleanup", "--stale-after", "10m", "--dry-run")).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("dry run").contains("would remove (dry run, nothing changed):")
                .contains("stale connections").contains("total: 0");
    }

    @Test
    void cleanup_refuses_a_bad_duration_as_a_usage_error() {
        assertThat(cli("realtime", "cleanup", "--stale-after", "soon")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--stale-after");
    }

    @Test
    void the_demo_walks_a_request_from_connect_to_completion() {
        assertThat(cli("demo")).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("== realtime (inmemory) ==").contains("claim -> a worker claimed")
                .contains("progress back to 20% -> refused as expected (Rejected)")
                .contains("complete with another claim's token -> refused as expected (Rejected)")
                .contains("complete -> COMPLETED").contains("subscriptions of the request -> [")
                .contains("1 subscription(s) removed");
    }
}
