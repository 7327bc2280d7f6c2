package dev.portside.spring;

import dev.portside.bootstrap.ContextRegistry;
import dev.portside.bootstrap.config.ConfigKey;
import dev.portside.bootstrap.config.PortsideConfig;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * Portside's configuration from the Spring {@link Environment}: every declared key, looked up as Spring looks
 * up any property ({@code application.yml}, profile files, {@code PORTSIDE_CONTENT_ADAPTER} for
 * {@code portside.content.adapter}, command-line arguments), plus every other {@code portside.*} property the
 * environment lists, so a misspelt key is refused rather than ignored. Resolution reads nothing else: no
 * system property or environment variable behind Spring's back.
 */
public final class PortsideEnvironment {

    private PortsideEnvironment() {
    }

    /**
     * The values the environment gives for Portside's keys.
     *
     * @param environment the application's environment
     * @param registry    the contexts whose keys to look up
     * @return key to value, for every key the environment sets
     */
    public static Map<String, String> values(Environment environment, ContextRegistry registry) {
        Map<String, String> values = new TreeMap<>();
        if (environment instanceof ConfigurableEnvironment configurable) {
            for (PropertySource<?> source : configurable.getPropertySources()) {
                if (source instanceof EnumerablePropertySource<?> enumerable) {
                    for (String name : enumerable.getPropertyNames()) {
                        if (name.startsWith("portside.") && !values.containsKey(name)) {
                            String value = environment.getProperty(name);
                            if (value != null) {
                                values.put(name, value);
                            }
                        }
                    }
                }
            }
        }
        for (ConfigKey key : registry.keys()) {
            String value = environment.getProperty(key.name());
            if (value != null) {
                values.put(key.name(), value);
            }
        }
        if (environment.getProperty(PortsideConfig.CONFIG_FILE_KEY) != null) {
            values.put(PortsideConfig.CONFIG_FILE_KEY, environment.getProperty(PortsideConfig.CONFIG_FILE_KEY));
        }
        return values;
    }

    /**
     * The resolved configuration.
     *
     * @param environment the application's environment
     * @return the configuration, every key validated
     * @throws dev.portside.bootstrap.config.ConfigException listing every bad key with what it accepts
     */
    public static PortsideConfig config(Environment environment) {
        return ContextRegistry.hostConfig(values(environment, ContextRegistry.discover()));
    }
}
