package dev.portside.bootstrap.content;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.portside.application.content.ContentCatalog;
import dev.portside.bootstrap.config.ConfigKey;
import dev.portside.bootstrap.spi.AdapterSlot;
import dev.portside.bootstrap.spi.ContextPlugin;
import dev.portside.bootstrap.spi.DemoSteps;
import dev.portside.bootstrap.spi.Facades;
import dev.portside.domain.content.ContentRepository;
import dev.portside.domain.kernel.UseCaseObserver;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Plugs the content catalog into Portside: its facade, its adapter slot, its table names and its demo. */
public final class ContentPlugin implements ContextPlugin {

    public static final String ADAPTER = "portside.content.adapter";
    public static final String ITEMS_TABLE = "portside.content.dynamodb.items-table";
    public static final String HISTORY_TABLE = "portside.content.dynamodb.history-table";

    @Override
    public String context() {
        return "content";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Module useCases() {
        return new AbstractModule() {
            @Provides
            @Singleton
            ContentCatalog catalog(ContentRepository repository, Clock clock, UseCaseObserver observer) {
                return new ContentCatalog(repository, clock, observer);
            }
        };
    }

    @Override
    public List<AdapterSlot> slots() {
        return List.of(new AdapterSlot(ADAPTER,
                Map.of("inmemory", config -> new ContentAdapterModules.InMemory(),
                        "dynamodb", ContentAdapterModules.Dynamo::new,
                        "postgres", config -> new ContentAdapterModules.Postgres()),
                Map.of("inmemory", "inmemory", "aws", "dynamodb", "sql", "postgres")));
    }

    @Override
    public List<ConfigKey> configKeys() {
        return List.of(
                ConfigKey.text(ITEMS_TABLE, "portside-content", "DynamoDB table of content items"),
                ConfigKey.text(HISTORY_TABLE, "portside-content-history", "DynamoDB table of content version snapshots"));
    }

    @Override
    public void demo(Facades portside, DemoSteps steps) {
        new ContentDemo(portside.facade(ContentCatalog.class), steps).run();
    }
}
