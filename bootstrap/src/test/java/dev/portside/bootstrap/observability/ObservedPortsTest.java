package dev.portside.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Binding;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Stage;
import com.google.inject.name.Names;
import dev.portside.bootstrap.ContextRegistry;
import dev.portside.bootstrap.PortsideModule;
import dev.portside.bootstrap.ProfileSettings;
import dev.portside.bootstrap.config.PortsideConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObservedPortsTest {

    @Test
    void on_every_profile_each_bound_port_is_observed_and_its_adapter_kept_under_its_own_name() {
        for (String profile : List.of("inmemory", "aws", "sql")) {
            PortsideConfig config = ContextRegistry.hostConfig(ProfileSettings.of(profile,
                    Map.of("portside.records.local-key", FacadeMetricsTest.LOCAL_KEY)));
            Injector tool = Guice.createInjector(Stage.TOOL,
                    new PortsideModule(config, new SimpleMeterRegistry(), null));
            List<Key<?>> ports = tool.getBindings().keySet().stream().filter(ObservedPorts::isPort).toList();
            assertThat(ports).as("ports bound on %s", profile).hasSizeGreaterThanOrEqualTo(15);
            for (Key<?> port : ports) {
                Binding<?> adapter = tool.getExistingBinding(Key.get(port.getTypeLiteral(), Names.named("portside.adapter")));
                assertThat(adapter).as("%s on %s keeps its adapter", port, profile).isNotNull();
            }
        }
    }

    @Test
    void without_a_registry_the_adapter_module_is_installed_as_it_is() {
        Injector tool = Guice.createInjector(Stage.TOOL, new PortsideModule(ContextRegistry.hostConfig(Map.of())));
        assertThat(tool.getBindings().keySet()).noneMatch(k -> k.getAnnotation() != null
                && k.getAnnotation().toString().contains("portside.adapter"));
    }
}
