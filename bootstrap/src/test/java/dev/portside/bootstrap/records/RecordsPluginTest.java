package dev.portside.bootstrap.records;

import dev.portside.bootstrap.spi.DemoSteps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.application.records.RecordCommands.ReadRecord;
import dev.portside.application.records.RecordCommands.WriteRecord;
import dev.portside.bootstrap.ContextRegistry;
import dev.portside.bootstrap.Portside;
import dev.portside.bootstrap.cli.PortsideCli;
import dev.portside.bootstrap.config.ConfigException;
import dev.portside.bootstrap.config.PortsideConfig;
import dev.portside.bootstrap.spi.AdapterSlot;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordsPluginTest {

    @Test
    void theInMemoryProfileWiresAVaultThatWritesAndReads() {
        try (Portside portside = Portside.start(ContextRegistry.loadConfig(Map.of("portside.profile", "inmemory")))) {
            var vault = portside.records();
            vault.write(new WriteRecord("default", "r-1", "s", "m", "v1", Instant.now(), Map.of())).get();

            assertThat(vault.read(new ReadRecord("default", "r-1", false)).get().record().sourceData()).isEqualTo("s");
        }
    }

    @Test
    void everyProfileKeepsItsArchiveDurableExceptInMemoryAndSqlKeepsItInPostgres() {
        AdapterSlot archive = new RecordsPlugin().slots().get(0);
        assertThat(archive.key()).isEqualTo("portside.records.archive");
        assertThat(archive.profileDefaults()).containsExactlyInAnyOrderEntriesOf(
                Map.of("inmemory", "inmemory", "aws", "s3", "sql", "postgres"));
        assertThat(archive.adapters()).containsKeys("inmemory", "s3", "postgres");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(PortsideCli.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                "config", "--set", "portside.profile=sql", "--set",
                "portside.records.local-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("portside.records.archive")))
                .singleElement().asString().contains("postgres");
    }

    @Test
    void theSqlProfileMigratesTheArchiveSchemaAtSetup() {
        try (Portside portside = Portside.start(ContextRegistry.loadConfig(Map.of("portside.profile", "sql",
                "portside.records.local-key", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")))) {
            assertThat(portside.provisioners()).extracting(p -> p.name())
                    .contains("postgres schema records_archive", "postgres schema records");
        }
    }

    @Test
    void theDemoWalksEveryStepAndShowsTheRefusals() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        DemoSteps steps = new DemoSteps(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try (Portside portside = Portside.start(ContextRegistry.loadConfig(Map.of("portside.profile", "inmemory")))) {
            steps.walk("records", () -> new RecordsPlugin().demo(portside, steps));
        }
        assertThat(steps.failures()).isEmpty();
        String text = buffer.toString(StandardCharsets.UTF_8);

        assertThat(text).contains("idempotent: already stored", "1 deleted from the hot store", "from ARCHIVE, re-warmed",
                "held: true", "held: false");
        assertThat(text.lines().filter(l -> l.contains("refused as expected")).count()).isEqualTo(3);
    }

    @Test
    void aMalformedLocalKeyFailsAtStartWithoutShowingIt() {
        assertThatThrownBy(() -> ContextRegistry.loadConfig(Map.of("portside.profile", "inmemory",
                "portside.records.local-key", "dG9vLXNob3J0"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("32 bytes").hasMessageNotContaining("dG9vLXNob3J0");
    }

    @Test
    void theCleanupAndReconcileCommandsReportTheirCounts() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);

        assertThat(PortsideCli.run(o, e, "records", "cleanup", "--older-than", "30d", "--dry-run")).isZero();
        assertThat(PortsideCli.run(o, e, "records", "reconcile", "--tenant", "acme")).isZero();
        assertThat(PortsideCli.run(o, e, "records", "rewrap", "--tenant", "acme")).isZero();
        assertThat(PortsideCli.run(o, e, "records", "seal-hot", "--tenant", "acme")).isZero();
        assertThat(PortsideCli.run(o, e, "records", "cleanup", "--older-than", "soon")).isEqualTo(1);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("would delete 0 hot record(s)",
                "restored 0 of 0 archived record(s) scanned for tenant acme", "reconcile (days) [", "rewrap (days) [",
                "for tenant acme: 0 scanned, 0 rewrapped, 0 already current; 0 hot rows scanned, 0 rewrapped; 0 failed",
                "seal-hot (rows) [", "seal-hot for tenant acme: 0 hot rows scanned, 0 sealed, 0 already sealed, 0 failed");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--older-than must be a positive duration");
    }
}
