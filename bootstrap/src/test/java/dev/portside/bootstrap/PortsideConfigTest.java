package dev.portside.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.bootstrap.config.ConfigException;
import dev.portside.bootstrap.config.ConfigKey;
import dev.portside.bootstrap.config.CoreKeys;
import dev.portside.bootstrap.config.PortsideConfig;
import dev.portside.bootstrap.spi.AdapterSlot;
import dev.portside.bootstrap.spi.ContextPlugin;
import com.google.inject.AbstractModule;
import com.google.inject.Module;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortsideConfigTest {

    /** A context with one slot, to exercise profile defaults and adapter validation. */
    static final ContextPlugin SAMPLE = sample(List.of(ConfigKey.integer("portside.sample.batch-size", 25, 1, 25, "batch size"),
            ConfigKey.duration("portside.sample.retention", "90d", "retention")));

    /** The sample context with the given keys of its own. */
    static ContextPlugin sample(List<ConfigKey> keys) {
        return new ContextPlugin() {
            @Override
            public String context() {
                return "sample";
            }

            @Override
            public Module useCases() {
                return new AbstractModule() { };
            }

            @Override
            public List<AdapterSlot> slots() {
                return List.of(new AdapterSlot("portside.sample.adapter",
                        Map.of("inmemory", c -> new AbstractModule() { }, "dynamodb", c -> new AbstractModule() { }),
                        Map.of("inmemory", "inmemory", "aws", "dynamodb", "sql", "inmemory")));
            }

            @Override
            public List<ConfigKey> configKeys() {
                return keys;
            }
        };
    }

    private final ContextRegistry registry = ContextRegistry.of(List.of(SAMPLE));

    private PortsideConfig resolve(Map<String, String> sysProps, Map<String, String> env) {
        return registry.configuration().sources(sysProps, env).resolve();
    }

    @Test
    void defaultsGiveTheInMemoryProfile() {
        PortsideConfig config = resolve(Map.of(), Map.of());

        assertThat(config.profile()).isEqualTo("inmemory");
        assertThat(config.get("portside.sample.adapter")).isEqualTo("inmemory");
        assertThat(config.getDuration("portside.sample.retention")).hasDays(90);
    }

    @Test
    void theProfilePicksEveryAdapterUnlessOneIsSetExplicitly() {
        assertThat(resolve(Map.of(), Map.of("PORTSIDE_PROFILE", "aws")).get("portside.sample.adapter")).isEqualTo("dynamodb");
        assertThat(resolve(Map.of("portside.sample.adapter", "inmemory"), Map.of("PORTSIDE_PROFILE", "aws"))
                .get("portside.sample.adapter")).isEqualTo("inmemory");
    }

    @Test
    void systemPropertiesWinOverEnvironmentWhichWinsOverTheFileWhichWinsOverDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("portside.properties");
        Files.writeString(file, "portside.sample.batch-size=5\nportside.aws.region=eu-west-1\nportside.s3.path-style=true\n");

        PortsideConfig config = resolve(Map.of("portside.sample.batch-size", "7", "portside.config", file.toString()),
                Map.of("PORTSIDE_SAMPLE__BATCH_SIZE", "6", "PORTSIDE_AWS__REGION", "eu-central-1"));

        assertThat(config.getInt("portside.sample.batch-size")).isEqualTo(7);
        assertThat(config.get("portside.aws.region")).isEqualTo("eu-central-1");
        assertThat(config.getBoolean("portside.s3.path-style")).isTrue();
        assertThat(config.origin("portside.s3.path-style")).startsWith("file ");
    }

    @Test
    void environmentNamesWorkWithSingleUnderscoresToo() {
        PortsideConfig config = resolve(Map.of(), Map.of("PORTSIDE_SAMPLE_BATCH_SIZE", "3"));

        assertThat(config.getInt("portside.sample.batch-size")).isEqualTo(3);
    }

    @Test
    void everyBadKeyIsListedInOneMessageWithWhatItAccepts() {
        assertThatThrownBy(() -> resolve(Map.of("portside.sample.adapter", "cassandra", "portside.sample.batch-size", "100"),
                Map.of("PORTSIDE_SAMPLE__RETENTION", "forever")))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.problems()).hasSize(3);
                    assertThat(e.getMessage())
                            .contains("portside.sample.adapter = 'cassandra': must be one of dynamodb, inmemory")
                            .contains("portside.sample.batch-size = '100': must be an integer between 1 and 25")
                            .contains("portside.sample.retention = 'forever'");
                });
    }

    @Test
    void anUnknownProfileIsReportedOnceWithoutCascadingAdapterErrors() {
        assertThatThrownBy(() -> resolve(Map.of(CoreKeys.PROFILE, "cloud"), Map.of()))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                        .singleElement().asString().contains("must be one of inmemory, aws, sql"));
    }

    @Test
    void secretsNeverAppearInErrorsOrDescriptions() {
        PortsideConfig config = resolve(Map.of(CoreKeys.POSTGRES_PASSWORD, "hunter2-secret"), Map.of());

        assertThat(config.describe()).doesNotContain("hunter2-secret").contains(CoreKeys.POSTGRES_PASSWORD + " = ****");
        assertThat(config.toString()).doesNotContain("hunter2-secret");
        assertThatThrownBy(() -> registry.configuration().sources(Map.of(), Map.of())
                .override(Map.of(CoreKeys.POSTGRES_PASSWORD, "hunter2-secret", CoreKeys.PROFILE, "nope")).resolve())
                .hasMessageNotContaining("hunter2-secret");
    }

    @Test
    void aMissingConfigurationFileIsReported() {
        assertThatThrownBy(() -> resolve(Map.of("portside.config", "/nonexistent/portside.properties"), Map.of()))
                .hasMessageContaining("no such file");
    }

    @Test
    void anUnknownKeyInTheFileIsReported(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.properties");
        Files.writeString(file, "portside.sampel.adapter=inmemory\n");

        assertThatThrownBy(() -> resolve(Map.of("portside.config", file.toString()), Map.of()))
                .hasMessageContaining("portside.sampel.adapter: unknown configuration key");
    }

    @Test
    void aHostResolvingFromItsOwnMapIgnoresTheProcessSystemPropertiesAndEnvironment() {
        System.setProperty(CoreKeys.AWS_REGION, "eu-north-1");
        try {
            assertThat(ContextRegistry.loadConfig().get(CoreKeys.AWS_REGION)).isEqualTo("eu-north-1");

            PortsideConfig own = ContextRegistry.hostConfig(Map.of(CoreKeys.PROFILE, "inmemory"));
            assertThat(own.get(CoreKeys.AWS_REGION)).isEqualTo("us-east-1");
            assertThat(own.origin(CoreKeys.AWS_REGION)).isEqualTo("default");
        } finally {
            System.clearProperty(CoreKeys.AWS_REGION);
        }
    }

    @Test
    void aHostMapStillFailsWithOneConfigExceptionNamingEveryBadKey() {
        assertThatThrownBy(() -> ContextRegistry.hostConfig(Map.of(CoreKeys.PROFILE, "aws", CoreKeys.AWS_CALL_TIMEOUT, "1ms")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).startsWith(CoreKeys.AWS_CALL_TIMEOUT))
                        .anySatisfy(p -> assertThat(p).startsWith("portside.records.kms-key-id"))
                        .hasSize(2));
    }

    @Test
    void aKeyRequiredByAnotherKeysChoiceIsCheckedAtResolutionButNotWhenTheProfileItselfIsBad() {
        ContextRegistry constrained = ContextRegistry.of(List.of(sample(List.of(
                ConfigKey.optionalText("portside.sample.table", "table").requiredWhen("portside.sample.adapter", "dynamodb")))));

        assertThatThrownBy(() -> constrained.configuration().isolated().override(CoreKeys.PROFILE, "aws").resolve())
                .hasMessageContaining("portside.sample.table = '': is required when portside.sample.adapter=dynamodb");
        assertThat(constrained.configuration().isolated().override(Map.of(CoreKeys.PROFILE, "aws",
                "portside.sample.table", "t")).resolve().get("portside.sample.table")).isEqualTo("t");
        assertThatThrownBy(() -> constrained.configuration().isolated().override(CoreKeys.PROFILE, "cloud").resolve())
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).hasSize(1));
    }
}
