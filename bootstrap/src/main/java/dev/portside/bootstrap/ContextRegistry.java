package dev.portside.bootstrap;

import dev.portside.bootstrap.config.ConfigKey;
import dev.portside.bootstrap.config.CoreKeys;
import dev.portside.bootstrap.config.PortsideConfig;
import dev.portside.bootstrap.jobs.JobKeys;
import dev.portside.bootstrap.spi.AdapterFactory;
import dev.portside.bootstrap.spi.AdapterSlot;
import dev.portside.bootstrap.spi.ContextPlugin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * The adapter registry: every context plugin on the class path (found with {@link ServiceLoader}) and
 * its slots, mapping (context, slot key, adapter name) to the Guice module that binds that adapter.
 */
public final class ContextRegistry {

    private final List<ContextPlugin> plugins;

    private ContextRegistry(List<ContextPlugin> plugins) {
        this.plugins = plugins.stream().sorted(Comparator.comparingInt(ContextPlugin::order)
                .thenComparing(ContextPlugin::context)).toList();
    }

    public static ContextRegistry discover() {
        List<ContextPlugin> found = new ArrayList<>();
        ServiceLoader.load(ContextPlugin.class).forEach(found::add);
        return new ContextRegistry(found);
    }

    /**
     * Resolves every key of every context on the class path from this process's system properties,
     * environment, optional file and defaults; {@code overrides} win over every other source.
     *
     * @throws dev.portside.bootstrap.config.ConfigException listing every bad key with what it accepts
     */
    public static PortsideConfig loadConfig(Map<String, String> overrides) {
        return discover().configuration().override(overrides).resolve();
    }

    public static PortsideConfig loadConfig() {
        return loadConfig(Map.of());
    }

    /**
     * Resolves from a host's own map alone: no system property and no environment variable is read (a file
     * only when the map names one as {@code portside.config}).
     *
     * @throws dev.portside.bootstrap.config.ConfigException listing every bad key with what it accepts
     */
    public static PortsideConfig hostConfig(Map<String, String> values) {
        return discover().configuration().isolated().override(values).resolve();
    }

    public static ContextRegistry of(List<ContextPlugin> plugins) {
        return new ContextRegistry(plugins);
    }

    public List<ContextPlugin> plugins() {
        return plugins;
    }

    /** Every configuration key: bootstrap's, each slot's adapter key, and each context's own. */
    public List<ConfigKey> keys() {
        List<ConfigKey> keys = new ArrayList<>(CoreKeys.all());
        keys.addAll(JobKeys.all());
        for (ContextPlugin plugin : plugins) {
            for (AdapterSlot slot : plugin.slots()) {
                List<String> names = List.copyOf(new TreeSet<>(slot.adapters().keySet()));
                keys.add(ConfigKey.oneOf(slot.key(), slot.profileDefaults().getOrDefault("inmemory", names.get(0)),
                        "Adapter for " + plugin.context() + " (default follows " + CoreKeys.PROFILE + ")", names));
            }
            keys.addAll(plugin.configKeys());
        }
        return keys;
    }

    /** A resolver over every key, with the adapter keys defaulting by profile. */
    public PortsideConfig.Resolver configuration() {
        PortsideConfig.Resolver resolver = PortsideConfig.from(keys());
        for (ContextPlugin plugin : plugins) {
            for (AdapterSlot slot : plugin.slots()) {
                resolver.profileDefault(slot.key(), profile -> slot.profileDefaults().get(profile));
            }
        }
        return resolver;
    }

    /** The module that binds the adapter the configuration picked for a slot. */
    public AdapterFactory adapterFor(AdapterSlot slot, PortsideConfig config) {
        String name = config.get(slot.key());
        AdapterFactory factory = slot.adapters().get(name);
        if (factory == null) {
            throw new IllegalStateException(slot.key() + " names no adapter: " + name);
        }
        return factory;
    }
}
