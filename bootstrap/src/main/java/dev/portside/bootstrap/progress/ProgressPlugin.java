package dev.portside.bootstrap.progress;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.portside.application.content.ContentCatalog;
import dev.portside.application.progress.CatalogContentDirectory;
import dev.portside.application.progress.ProgressTracker;
import dev.portside.bootstrap.config.ConfigKey;
import dev.portside.bootstrap.spi.AdapterSlot;
import dev.portside.bootstrap.spi.ContextPlugin;
import dev.portside.bootstrap.spi.DemoSteps;
import dev.portside.bootstrap.spi.Facades;
import dev.portside.domain.content.ContentRepository;
import dev.portside.domain.kernel.UseCaseObserver;
import dev.portside.domain.progress.ProgressLedger;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Plugs learner progress into Portside: its facade (which reads content through the content
 * context's repository, by id), its adapter slot, its table name and its demo.
 */
public final class ProgressPlugin implements ContextPlugin {

    public static final String ADAPTER = "portside.progress.adapter";
    public static final String TABLE = "portside.progress.dynamodb.table";

    @Override
    public String context() {
        return "progress";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Module useCases() {
        return new AbstractModule() {
            @Provides
            @Singleton
            ProgressTracker tracker(ProgressLedger ledger, ContentRepository content, Clock clock,
                                    UseCaseObserver observer) {
                return new ProgressTracker(ledger, new CatalogContentDirectory(content), clock, observer);
            }
        };
    }

    @Override
    public List<AdapterSlot> slots() {
        return List.of(new AdapterSlot(ADAPTER,
                Map.of("inmemory", config -> new ProgressAdapterModules.InMemory(),
                        "dynamodb", ProgressAdapterModules.Dynamo::new,
                        "postgres", config -> new ProgressAdapterModules.Postgres()),
                Map.of("inmemory", "inmemory", "aws", "dynamodb", "sql", "postgres")));
    }

    @Override
    public List<ConfigKey> configKeys() {
        return List.of(ConfigKey.text(TABLE, "portside-progress", "DynamoDB table of learner progress"));
    }

    @Override
    public void demo(Facades portside, DemoSteps steps) {
        new ProgressDemo(portside.facade(ProgressTracker.class), portside.facade(ContentCatalog.class), steps).run();
    }
}
