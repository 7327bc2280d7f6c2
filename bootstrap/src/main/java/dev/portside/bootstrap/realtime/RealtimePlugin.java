package dev.portside.bootstrap.realtime;

import com.google.inject.Module;
import dev.portside.application.realtime.RealtimeHub;
import dev.portside.bootstrap.config.ConfigKey;
import dev.portside.bootstrap.spi.AdapterSlot;
import dev.portside.bootstrap.spi.ContextPlugin;
import dev.portside.bootstrap.spi.DemoSteps;
import dev.portside.bootstrap.spi.Facades;
import java.util.List;
import java.util.Map;

/**
 * Plugs the realtime hub into Portside: slot {@code portside.realtime.adapter} = {@code inmemory} or
 * {@code dynamodb} (profiles: inmemory → inmemory, aws → dynamodb, sql → inmemory, as no SQL adapter
 * exists for realtime), TTL and table-prefix keys, the demo and {@code portside realtime cleanup}.
 */
public final class RealtimePlugin implements ContextPlugin {

    @Override
    public String context() {
        return "realtime";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Module useCases() {
        return new RealtimeUseCasesModule();
    }

    @Override
    public List<AdapterSlot> slots() {
        return List.of(new AdapterSlot(RealtimeKeys.ADAPTER,
                Map.of("inmemory", config -> new RealtimeInMemoryModule(),
                        "dynamodb", config -> new RealtimeDynamoModule(RealtimeKeys.tables(config))),
                Map.of("inmemory", "inmemory", "aws", "dynamodb", "sql", "inmemory")));
    }

    @Override
    public List<ConfigKey> configKeys() {
        return RealtimeKeys.all();
    }

    @Override
    public void demo(Facades portside, DemoSteps steps) {
        new RealtimeDemo(portside.facade(RealtimeHub.class), steps).run();
    }

    @Override
    public List<Object> commands() {
        return List.of(new RealtimeCommand());
    }
}
