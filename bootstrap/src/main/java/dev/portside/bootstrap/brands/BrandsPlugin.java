package dev.portside.bootstrap.brands;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.portside.adapters.inmemory.brands.InMemoryBrandStore;
import dev.portside.application.brands.BrandRegistry;
import dev.portside.application.brands.BrandRegistrySettings;
import dev.portside.bootstrap.config.ConfigKey;
import dev.portside.bootstrap.config.PortsideConfig;
import dev.portside.bootstrap.spi.AdapterSlot;
import dev.portside.bootstrap.spi.ContextPlugin;
import dev.portside.bootstrap.spi.DemoSteps;
import dev.portside.bootstrap.spi.Facades;
import dev.portside.domain.brands.BrandAnalytics;
import dev.portside.domain.brands.BrandDocumentStore;
import dev.portside.domain.brands.Confidence;
import dev.portside.domain.brands.LegacyBrandDocuments;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.IdGenerator;
import dev.portside.domain.kernel.UseCaseObserver;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The brand registry's plug: the {@link BrandRegistry} facade, two slots ({@code portside.brands.documents}
 * = inmemory|s3|postgres, {@code portside.brands.analytics} = inmemory|athena|postgres), its configuration
 * keys and demo.
 */
public final class BrandsPlugin implements ContextPlugin {

    @Override
    public String context() {
        return "brands";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Module useCases() {
        return new AbstractModule() {
            @Provides
            @Singleton
            BrandRegistry registry(BrandDocumentStore documents, BrandAnalytics analytics, LegacyBrandDocuments legacy,
                                   Clock clock, IdGenerator ids, PortsideConfig config, UseCaseObserver observer) {
                return new BrandRegistry(documents, analytics, legacy, clock, ids, new BrandRegistrySettings(
                        Confidence.of(BrandsKeys.THRESHOLD, config.getDecimal(BrandsKeys.THRESHOLD)).get()), observer);
            }

            @Provides
            @Singleton
            InMemoryBrandStore inMemory(CursorCodec cursors) {
                return new InMemoryBrandStore(cursors);
            }
        };
    }

    @Override
    public List<AdapterSlot> slots() {
        return List.of(
                new AdapterSlot(BrandsKeys.DOCUMENTS, Map.of("inmemory", BrandsAdapters::inMemoryDocuments,
                        "s3", BrandsAdapters::s3Documents, "postgres", BrandsAdapters::postgresDocuments),
                        Map.of("inmemory", "inmemory", "aws", "s3", "sql", "postgres")),
                new AdapterSlot(BrandsKeys.ANALYTICS, Map.of("inmemory", BrandsAdapters::inMemoryAnalytics,
                        "athena", BrandsAdapters::athenaAnalytics, "postgres", BrandsAdapters::postgresAnalytics),
                        Map.of("inmemory", "inmemory", "aws", "athena", "sql", "postgres")));
    }

    @Override
    public List<ConfigKey> configKeys() {
        return BrandsKeys.all();
    }

    @Override
    public List<Object> commands() {
        return List.of(new BrandsCommand());
    }

    @Override
    public void demo(Facades portside, DemoSteps steps) {
        new BrandsDemo(portside.facade(BrandRegistry.class), steps).run();
    }
}
