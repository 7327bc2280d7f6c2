package dev.portside.spring;

import com.google.inject.Module;
import dev.portside.application.brands.BrandRegistry;
import dev.portside.application.circles.Community;
import dev.portside.application.content.ContentCatalog;
import dev.portside.application.progress.ProgressTracker;
import dev.portside.application.realtime.RealtimeHub;
import dev.portside.application.records.RecordVault;
import dev.portside.bootstrap.Portside;
import dev.portside.bootstrap.config.PortsideConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts Portside once per application context and closes it when the context closes. The configuration
 * comes from the Spring {@link Environment} ({@code portside.*} properties, see {@link PortsideEnvironment});
 * every host bean that implements a port replaces that port's adapter ({@link HostAdapters}); the six
 * facades are beans; with Spring Boot's health module present, each backend is an Actuator health
 * contributor under {@code portside}.
 *
 * <p>A host that declares its own {@link PortsideConfig} or {@link Portside} bean replaces the one made here; a
 * host's Guice {@link Module} beans are applied as overrides of Portside's assembly.
 */
@AutoConfiguration
public class PortsideAutoConfiguration {

    /**
     * The configuration, resolved from the environment.
     *
     * @param environment the application's environment
     * @return the validated configuration
     */
    @Bean
    @ConditionalOnMissingBean
    public PortsideConfig portsideConfig(Environment environment) {
        return PortsideEnvironment.config(environment);
    }

    /**
     * Portside itself, with the host's port beans in place of the configured adapters, and every Guice
     * {@link Module} bean of the host applied last (to bind anything else Portside's assembly takes).
     *
     * @param config  the configuration
     * @param beans   the application's beans, searched for port implementations
     * @param modules the host's Guice modules, in bean order
     * @param meters the host's meter registry, if it has one (Spring Boot's Actuator makes one): Portside's
     *               use cases, port calls, retries and jobs are recorded there
     * @param observations the host's observation registry, if it has one: use cases and their port calls
     *               become parent and child observations (spans, with a tracing bridge)
     * @return the started Portside, closed with the context
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public Portside portside(PortsideConfig config, ListableBeanFactory beans, ObjectProvider<Module> modules,
                             ObjectProvider<MeterRegistry> meters, ObjectProvider<ObservationRegistry> observations) {
        List<Module> overrides = new ArrayList<>();
        overrides.add(HostAdapters.module(HostAdapters.find(beans)));
        modules.orderedStream().forEach(overrides::add);
        Portside.Builder builder = Portside.builder(config).overrides(overrides.toArray(Module[]::new));
        meters.ifAvailable(builder::meterRegistry);
        observations.ifAvailable(builder::observationRegistry);
        return builder.start();
    }

    /**
     * The content catalog.
     *
     * @param portside the started Portside
     * @return its content catalog facade
     */
    @Bean
    @ConditionalOnMissingBean
    public ContentCatalog contentCatalog(Portside portside) {
        return portside.content();
    }

    /**
     * Learner progress.
     *
     * @param portside the started Portside
     * @return its progress tracker facade
     */
    @Bean
    @ConditionalOnMissingBean
    public ProgressTracker progressTracker(Portside portside) {
        return portside.progress();
    }

    /**
     * Community circles.
     *
     * @param portside the started Portside
     * @return its community facade
     */
    @Bean
    @ConditionalOnMissingBean
    public Community community(Portside portside) {
        return portside.community();
    }

    /**
     * The records vault.
     *
     * @param portside the started Portside
     * @return its records vault facade
     */
    @Bean
    @ConditionalOnMissingBean
    public RecordVault recordVault(Portside portside) {
        return portside.records();
    }

    /**
     * The brand registry.
     *
     * @param portside the started Portside
     * @return its brand registry facade
     */
    @Bean
    @ConditionalOnMissingBean
    public BrandRegistry brandRegistry(Portside portside) {
        return portside.brands();
    }

    /**
     * The realtime hub.
     *
     * @param portside the started Portside
     * @return its realtime hub facade
     */
    @Bean
    @ConditionalOnMissingBean
    public RealtimeHub realtimeHub(Portside portside) {
        return portside.realtime();
    }

    /** Actuator health, when Spring Boot's health module is on the class path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthContributor")
    static class Health {

        /**
         * One health indicator per backend probe and adapter slot, under {@code portside}.
         *
         * @param portside the started Portside
         * @return the composite contributor
         */
        @Bean
        @ConditionalOnMissingBean(name = "portsideHealthContributor")
        PortsideHealth portsideHealthContributor(Portside portside) {
            return new PortsideHealth(portside);
        }
    }
}
