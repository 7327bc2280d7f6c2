package dev.portside.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;
import dev.portside.adapters.inmemory.records.InMemoryRecordArchive;
import dev.portside.application.records.RecordCommands.WriteRecord;
import dev.portside.bootstrap.config.PortsideConfig;
import dev.portside.bootstrap.content.ContentPlugin;
import dev.portside.bootstrap.spi.AdapterSlot;
import dev.portside.bootstrap.spi.ContextPlugin;
import dev.portside.domain.kernel.HealthCheck;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Provisioner;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.HotRecordStore;
import dev.portside.domain.records.RecordArchive;
import dev.portside.domain.records.RecordId;
import java.time.Instant;
import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortsideTest {

    /** A tiny port and two adapters, to show selection and host overrides. */
    interface Greeter {
        String greet();
    }

    static Module adapter(String word, boolean healthy) {
        return new AbstractModule() {
            @Override
            protected void configure() {
                bind(Greeter.class).toInstance(() -> word);
                Multibinder.newSetBinder(binder(), HealthCheck.class).addBinding().toInstance(new HealthCheck() {
                    public String name() {
                        return "greeter: " + word;
                    }

                    public Either<Problem, String> check() {
                        return healthy ? Either.right("answers") : Either.left(new Problem.Unavailable("greeter", true, "down"));
                    }
                });
                Multibinder.newSetBinder(binder(), Provisioner.class).addBinding().toInstance(new Provisioner() {
                    public String name() {
                        return "greeter table";
                    }

                    public Either<Problem, String> provision() {
                        return Either.right("created");
                    }
                });
            }
        };
    }

    static final ContextPlugin GREETING = new ContextPlugin() {
        public String context() {
            return "greeting";
        }

        public Module useCases() {
            return new AbstractModule() {
                @Provides
                StringBuilder shout(Greeter greeter) {
                    return new StringBuilder(greeter.greet().toUpperCase());
                }
            };
        }

        public List<AdapterSlot> slots() {
            return List.of(new AdapterSlot("portside.greeting.adapter",
                    Map.of("inmemory", c -> adapter("hello", true), "dynamodb", c -> adapter("howdy", false)),
                    Map.of("inmemory", "inmemory", "aws", "dynamodb", "sql", "inmemory")));
        }
    };

    private final ContextRegistry registry = ContextRegistry.of(List.of(GREETING));

    private PortsideConfig config(Map<String, String> overrides) {
        return registry.configuration().sources(Map.of(), Map.of()).override(overrides).resolve();
    }

    @Test
    void theConfiguredAdapterIsTheOneBound() {
        try (Portside inMemory = Portside.start(config(Map.of()), registry);
             Portside aws = Portside.start(config(Map.of("portside.profile", "aws")), registry)) {
            assertThat(inMemory.facade(StringBuilder.class).toString()).isEqualTo("HELLO");
            assertThat(aws.facade(StringBuilder.class).toString()).isEqualTo("HOWDY");
        }
    }

    @Test
    void aHostCanReplaceOneBindingWithItsOwnAdapter() {
        Module hostAdapter = new AbstractModule() {
            @Override
            protected void configure() {
                bind(Greeter.class).toInstance(() -> "bonjour");
            }
        };

        try (Portside portside = Portside.start(config(Map.of()), registry, hostAdapter)) {
            assertThat(portside.facade(StringBuilder.class).toString()).isEqualTo("BONJOUR");
        }
    }

    @Test
    void healthListsEverySlotAndEveryProbeAndFailsWhenOneIsDown() {
        try (Portside up = Portside.start(config(Map.of()), registry);
             Portside down = Portside.start(config(Map.of("portside.greeting.adapter", "dynamodb")), registry)) {
            assertThat(up.health().healthy()).isTrue();
            assertThat(up.health().entries()).extracting(HealthReport.Entry::name)
                    .containsExactly("portside.greeting.adapter", "greeter: hello");
            assertThat(down.health().healthy()).isFalse();
            assertThat(down.health().entries()).anySatisfy(e -> assertThat(e.detail()).contains("down"));
        }
    }

    @Test
    void provisionersOfTheConfiguredAdaptersAreListed() {
        try (Portside portside = Portside.start(config(Map.of()), registry)) {
            assertThat(portside.provisioners()).extracting(Provisioner::name).containsExactly("greeter table");
        }
    }

    @Test
    void aHostReachesTheRecordsArchiveAndHotStoreTheVaultUses() {
        try (Portside portside = Portside.start(ContextRegistry.loadConfig(Map.of("portside.profile", "inmemory")))) {
            portside.records().write(new WriteRecord("default", "r-1", "s", "m", "v1", Instant.now(), Map.of())).get();

            assertThat(portside.port(RecordArchive.class)).isInstanceOf(InMemoryRecordArchive.class)
                    .isSameAs(portside.port(RecordArchive.class));
            assertThat(portside.port(RecordArchive.class).get(TenantId.DEFAULT, new RecordId("r-1")).get()).isNotEmpty();
            assertThat(portside.port(HotRecordStore.class)).isNotNull();
        }
    }

    @Test
    void aPortIsAnInterfaceOfTheDomainThatAnInstalledContextBinds() {
        try (Portside contentOnly = Portside.start(ContextRegistry.loadConfig(Map.of()), ContextRegistry.of(List.of(new ContentPlugin())))) {
            assertThatThrownBy(() -> contentOnly.port(StringBuilder.class))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a port");
            assertThatThrownBy(() -> contentOnly.port(RecordArchive.class))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RecordArchive: its context is not installed");
        }
    }
}
