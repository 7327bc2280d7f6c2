package dev.portside.bootstrap;

import com.google.inject.AbstractModule;
import dev.portside.bootstrap.config.PortsideConfig;
import dev.portside.bootstrap.spi.AdapterSlot;
import dev.portside.bootstrap.spi.ContextPlugin;

/**
 * The whole Portside assembly as one Guice module, for hosts that already use Guice: the shared
 * infrastructure, every context's use cases, and the adapter each slot's configuration picks.
 *
 * <p>To replace one binding (a host's own adapter for a port), override it:
 * {@code Guice.createInjector(Modules.override(new PortsideModule(config)).with(myAdapterModule))}, or
 * pass the module to {@link Portside#start(PortsideConfig, com.google.inject.Module...)}.
 */
public final class PortsideModule extends AbstractModule {

    private final PortsideConfig config;
    private final ContextRegistry registry;
    private final Closer closer;

    public PortsideModule(PortsideConfig config) {
        this(config, ContextRegistry.discover(), new Closer());
    }

    PortsideModule(PortsideConfig config, ContextRegistry registry, Closer closer) {
        this.config = config;
        this.registry = registry;
        this.closer = closer;
    }

    @Override
    protected void configure() {
        install(new InfrastructureModule(config, closer));
        for (ContextPlugin plugin : registry.plugins()) {
            install(plugin.useCases());
            for (AdapterSlot slot : plugin.slots()) {
                install(registry.adapterFor(slot, config).create(config));
            }
        }
    }
}
