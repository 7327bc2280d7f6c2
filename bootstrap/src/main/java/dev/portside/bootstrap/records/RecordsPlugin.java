package dev.portside.bootstrap.records;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.portside.application.records.RecordVault;
import dev.portside.application.records.RecordsPolicy;
import dev.portside.bootstrap.config.ConfigKey;
import dev.portside.bootstrap.config.PortsideConfig;
import dev.portside.bootstrap.spi.AdapterSlot;
import dev.portside.bootstrap.spi.ContextPlugin;
import dev.portside.bootstrap.spi.DemoSteps;
import dev.portside.bootstrap.spi.Facades;
import dev.portside.domain.kernel.UseCaseObserver;
import dev.portside.domain.records.HotRecordStore;
import dev.portside.domain.records.KeyVault;
import dev.portside.domain.records.RecordArchive;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The records vault in Portside: slots for the archive ({@code inmemory|s3|postgres}), the hot store
 * ({@code inmemory|postgres|clickhouse}) and the key vault ({@code local|kms}); the {@code sql} profile
 * keeps the archive and the hot store in PostgreSQL with a local key.
 */
public final class RecordsPlugin implements ContextPlugin {

    @Override
    public String context() {
        return "records";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Module useCases() {
        return new AbstractModule() {
            @Provides
            @Singleton
            RecordsPolicy policy(PortsideConfig config) {
                return new RecordsPolicy(config.getDuration(RecordsKeys.HOT_RETENTION),
                        config.getDuration(RecordsKeys.WORM_RETENTION), config.getInt(RecordsKeys.CLEANUP_BATCH),
                        config.getInt(RecordsKeys.DATA_KEY_MAX_USES), config.getDuration(RecordsKeys.DATA_KEY_MAX_AGE),
                        config.getInt(RecordsKeys.DATA_KEY_CACHE_SIZE));
            }

            @Provides
            @Singleton
            RecordVault vault(RecordArchive archive, HotRecordStore hot, KeyVault keys, RecordsPolicy policy, Clock clock,
                              UseCaseObserver observer) {
                return new RecordVault(archive, hot, keys, policy, clock, observer);
            }
        };
    }

    @Override
    public List<AdapterSlot> slots() {
        return List.of(
                new AdapterSlot(RecordsKeys.ARCHIVE, RecordsAdapters.archives(),
                        Map.of("inmemory", "inmemory", "aws", "s3", "sql", "postgres")),
                new AdapterSlot(RecordsKeys.HOT, RecordsAdapters.hotStores(),
                        Map.of("inmemory", "inmemory", "aws", "postgres", "sql", "postgres")),
                new AdapterSlot(RecordsKeys.KEYS, RecordsAdapters.keyVaults(),
                        Map.of("inmemory", "local", "aws", "kms", "sql", "local")));
    }

    @Override
    public List<ConfigKey> configKeys() {
        return RecordsKeys.all();
    }

    @Override
    public void demo(Facades portside, DemoSteps steps) {
        new RecordsDemo(portside.facade(RecordVault.class), steps).run();
    }

    @Override
    public List<Object> commands() {
        return List.of(new RecordsCommand());
    }
}
