package dev.portside.bootstrap;

import com.google.inject.AbstractModule;
import dev.portside.bootstrap.config.CoreKeys;
import dev.portside.bootstrap.config.PortsideConfig;
import dev.portside.bootstrap.observability.ObservedPorts;
import dev.portside.bootstrap.observability.Telemetry;
import dev.portside.bootstrap.spi.AdapterSlot;
import dev.portside.bootstrap.spi.ContextPlugin;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.HashSet;
import java.util.Set;

/**
 * The whole Portside assembly as one Guice module, for hosts that already use Guice: the shared
 * infrastructure, every context's use cases, and the adapter each slot's configuration picks.
 *
 * <p>To replace one binding (a host's own adapter for a port), override it:
 * {@code Guice.createInjector(Modules.override(new PortsideModule(config)).with(myAdapterModule))}, or
 * pass the module to {@link Portside#start(PortsideConfig, com.google.inject.Module...)}.
 *
 * <p>The AWS clients and SQL pools are bound only when a configured adapter runs on that backend (an in-memory
 * profile loads neither). The injector opens them on first use; the host owns them and
 * closes them at shutdown with {@link #resources()} (also bound, as {@link Closer}):
 *
 * <pre>{@code
 * PortsideModule portside = new PortsideModule(config);
 * Injector injector = Guice.createInjector(portside, hostModule);
 * ...
 * portside.resources().close();   // closes every client and pool the injector opened
 * }</pre>
 */
public final class PortsideModule extends AbstractModule {

    private final PortsideConfig config;
    private final ContextRegistry registry;
    private final Closer closer;
    private final Telemetry telemetry;

    public PortsideModule(PortsideConfig config) {
        this(config, ContextRegistry.discover(), new Closer(), Telemetry.none());
    }

    /** The same, recording use cases, port calls, retries and pools into what the host passes (docs/operations.md). */
    public PortsideModule(PortsideConfig config, MeterRegistry meters, ObservationRegistry observations) {
        this(config, ContextRegistry.discover(), new Closer(), Telemetry.of(meters, observations,
                config.getBoolean(CoreKeys.METRICS_PERCENTILE_HISTOGRAMS)));
    }

    PortsideModule(PortsideConfig config, ContextRegistry registry, Closer closer, Telemetry telemetry) {
        this.config = config;
        this.registry = registry;
        this.closer = closer;
        this.telemetry = telemetry;
    }

    /** What the host must close at shutdown: every client and pool an injector of this module opened. */
    public Closer resources() {
        return closer;
    }

    /** Adapters that run on AWS or on SQL: the clients and pools of those backends are bound only when one is picked. */
    static final Set<String> AWS_ADAPTERS = Set.of("dynamodb", "s3", "athena", "kms");
    static final Set<String> SQL_ADAPTERS = Set.of("postgres", "clickhouse");

    @Override
    protected void configure() {
        install(new InfrastructureModule(config, closer, telemetry));
        Set<String> picked = new HashSet<>();
        for (ContextPlugin plugin : registry.plugins()) {
            install(plugin.useCases());
            for (AdapterSlot slot : plugin.slots()) {
                String adapter = config.get(slot.key());
                picked.add(adapter);
                install(ObservedPorts.of(registry.adapterFor(slot, config).create(config), plugin.context(), adapter,
                        telemetry));
            }
        }
        if (picked.stream().anyMatch(AWS_ADAPTERS::contains)) {
            install(new AwsClientsModule(config, closer, telemetry));
        }
        if (picked.stream().anyMatch(SQL_ADAPTERS::contains)) {
            install(new SqlPoolsModule(config, closer, telemetry));
        }
    }
}
