package dev.portside.bootstrap;

import com.google.inject.Binding;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.TypeLiteral;
import com.google.inject.util.Modules;
import dev.portside.application.brands.BrandRegistry;
import dev.portside.application.circles.Community;
import dev.portside.application.content.ContentCatalog;
import dev.portside.application.progress.ProgressTracker;
import dev.portside.application.realtime.RealtimeHub;
import dev.portside.application.records.RecordVault;
import dev.portside.bootstrap.config.CoreKeys;
import dev.portside.bootstrap.config.PortsideConfig;
import dev.portside.bootstrap.jobs.MaintenanceJob;
import dev.portside.bootstrap.jobs.MaintenanceJobs;
import dev.portside.bootstrap.observability.Telemetry;
import dev.portside.bootstrap.spi.AdapterSlot;
import dev.portside.bootstrap.spi.ContextPlugin;
import dev.portside.bootstrap.spi.Facades;
import dev.portside.domain.kernel.HealthCheck;
import dev.portside.domain.kernel.Provisioner;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The embedding API: start Portside from a configuration, use each context's facade, reach a port no
 * facade covers, ask for health, provision backends, and close every client and pool it opened.
 *
 * <pre>{@code
 * try (Portside portside = Portside.start(ContextRegistry.loadConfig())) {
 *     portside.content().publish(...);
 *     RecordArchive archive = portside.port(RecordArchive.class);
 * }
 * }</pre>
 */
public final class Portside implements Facades, AutoCloseable {

    private static final String PORTS = "dev.portside.domain.";

    private final PortsideConfig config;
    private final ContextRegistry registry;
    private final Injector injector;
    private final Closer closer;
    private final Telemetry telemetry;
    private final MaintenanceJobs jobs;

    private Portside(PortsideConfig config, ContextRegistry registry, Injector injector, Closer closer) {
        this.config = config;
        this.registry = registry;
        this.injector = injector;
        this.closer = closer;
        this.telemetry = injector.getInstance(Telemetry.class);
        this.jobs = MaintenanceJobs.start(config, this, telemetry.meters().orElse(null));
    }

    /** Starts with every context plugin on the class path; {@code overrides} replace any binding. */
    public static Portside start(PortsideConfig config, Module... overrides) {
        return start(config, ContextRegistry.discover(), overrides);
    }

    /** Starts with the given contexts (a registry already discovered, or a chosen subset). */
    public static Portside start(PortsideConfig config, ContextRegistry registry, Module... overrides) {
        return builder(config).contexts(registry).overrides(overrides).start();
    }

    /**
     * A start with options: the host's {@link MeterRegistry} and/or {@link ObservationRegistry} (docs/operations.md),
     * the contexts, binding overrides. Without a registry nothing is recorded and nothing is wrapped.
     *
     * <pre>{@code
     * Portside portside = Portside.builder(config).meterRegistry(registry).start();
     * }</pre>
     */
    public static Builder builder(PortsideConfig config) {
        return new Builder(config);
    }

    /** The options of a start; see {@link #builder(PortsideConfig)}. */
    public static final class Builder {
        private final PortsideConfig config;
        private ContextRegistry contexts;
        private Module[] overrides = new Module[0];
        private MeterRegistry meters;
        private ObservationRegistry observations;

        private Builder(PortsideConfig config) {
            this.config = config;
        }

        /** The contexts to start (default: every plugin on the class path). */
        public Builder contexts(ContextRegistry registry) {
            this.contexts = registry;
            return this;
        }

        /** Modules whose bindings replace Portside's (a host's own adapter for a port). */
        public Builder overrides(Module... modules) {
            this.overrides = modules.clone();
            return this;
        }

        /** Where meters go: use-case and port-call timers, retries, faults, AWS SDK and pool metrics, jobs. */
        public Builder meterRegistry(MeterRegistry registry) {
            this.meters = registry;
            return this;
        }

        /** Where use cases and port calls are observed (a tracing bridge makes them parent and child spans). */
        public Builder observationRegistry(ObservationRegistry registry) {
            this.observations = registry;
            return this;
        }

        public Portside start() {
            ContextRegistry registry = contexts != null ? contexts : ContextRegistry.discover();
            Closer closer = new Closer();
            Module assembly = new PortsideModule(config, registry, closer, Telemetry.of(meters, observations,
                    config.getBoolean(CoreKeys.METRICS_PERCENTILE_HISTOGRAMS)));
            Injector injector = Guice.createInjector(overrides.length == 0 ? assembly
                    : Modules.override(assembly).with(overrides));
            return new Portside(config, registry, injector, closer);
        }
    }

    public PortsideConfig config() {
        return config;
    }

    public List<ContextPlugin> contexts() {
        return registry.plugins();
    }

    /** The content catalog: publish, revise, retire and list versioned study content. */
    public ContentCatalog content() {
        return facade(ContentCatalog.class);
    }

    /** Learner progress: record events, list entries, summarise per user and certification. */
    public ProgressTracker progress() {
        return facade(ProgressTracker.class);
    }

    /** Community circles: members, circles, memberships, stories, businesses, resources. */
    public Community community() {
        return facade(Community.class);
    }

    /** The records vault: immutable, encrypted records in a WORM archive and a hot store. */
    public RecordVault records() {
        return facade(RecordVault.class);
    }

    /** The brand registry: metadata, feedback, workflow executions, escalations and analytics. */
    public BrandRegistry brands() {
        return facade(BrandRegistry.class);
    }

    /** The realtime hub: connections, the asynchronous request queue, subscriptions. */
    public RealtimeHub realtime() {
        return facade(RealtimeHub.class);
    }

    /** Any bound facade, by type; the six above are the same instances. */
    @Override
    public <T> T facade(Class<T> type) {
        return injector.getInstance(type);
    }

    /**
     * The adapter the configuration bound to a domain port, for a host that needs a port no facade
     * covers: the records archive ({@code port(RecordArchive.class)}), the hot record store
     * ({@code port(HotRecordStore.class)}), the key vault ({@code port(KeyVault.class)}), or any context's
     * repository or store. It is the instance the facades use.
     *
     * @throws IllegalArgumentException when the type is not a port (an interface of
     *                                  {@code dev.portside.domain}) or no installed context binds it
     */
    public <T> T port(Class<T> type) {
        if (!type.isInterface() || !type.getPackageName().startsWith(PORTS)) {
            throw new IllegalArgumentException(type.getName() + " is not a port: ports are interfaces of " + PORTS);
        }
        Binding<T> binding = injector.getExistingBinding(Key.get(type));
        if (binding == null) {
            throw new IllegalArgumentException("no adapter is bound to " + type.getSimpleName()
                    + ": its context is not installed");
        }
        return binding.getProvider().get();
    }

    /** The adapters picked and a probe of every backend they use, each within {@code portside.health.timeout}. */
    public HealthReport health() {
        List<HealthReport.Entry> entries = new ArrayList<>();
        for (ContextPlugin plugin : registry.plugins()) {
            for (AdapterSlot slot : plugin.slots()) {
                entries.add(new HealthReport.Entry(slot.key(), true, config.get(slot.key())));
            }
        }
        entries.addAll(HealthReport.probe(sorted(injector.getInstance(Key.get(new TypeLiteral<Set<HealthCheck>>() { })),
                Comparator.comparing(HealthCheck::name)), config.getDuration(CoreKeys.HEALTH_TIMEOUT)));
        return new HealthReport(entries);
    }

    /** Every provisioner of the configured adapters, in name order. */
    public List<Provisioner> provisioners() {
        return sorted(injector.getInstance(Key.get(new TypeLiteral<Set<Provisioner>>() { })),
                Comparator.comparing(Provisioner::name));
    }

    private static <T> List<T> sorted(Set<T> items, Comparator<T> order) {
        return items.stream().sorted(order).toList();
    }

    /** The scheduled maintenance jobs the configuration turned on (docs/operations.md); empty by default. */
    public List<MaintenanceJob> jobs() {
        return jobs.jobs();
    }

    /** The meter registry the host passed to {@link Builder#meterRegistry}, if any. */
    public Optional<MeterRegistry> meterRegistry() {
        return telemetry.meters();
    }

    /** Stops the maintenance jobs (a running one may finish), then closes every client and pool. */
    @Override
    public void close() {
        try {
            jobs.close();
        } finally {
            closer.close();
        }
    }
}
