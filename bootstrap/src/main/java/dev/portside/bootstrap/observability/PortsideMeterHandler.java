package dev.portside.bootstrap.observability;

import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Times Portside's observations ({@code portside.use.case}, {@code portside.port.call}) into a meter registry: one
 * timer per name and low-cardinality tags, the same meters as the direct path ({@link PortsideTimers}).
 * Observations of other names (a host's own) are left to the host's handlers.
 */
final class PortsideMeterHandler implements ObservationHandler<Observation.Context> {

    private final PortsideTimers meters;
    private final Map<List<Object>, Timer> timers = new ConcurrentHashMap<>();

    PortsideMeterHandler(PortsideTimers meters) {
        this.meters = meters;
    }

    @Override
    public void onStart(Observation.Context context) {
        context.put(Timer.Sample.class, Timer.start(meters.registry()));
    }

    @Override
    public void onStop(Observation.Context context) {
        Timer.Sample sample = context.get(Timer.Sample.class);
        if (sample != null) {
            sample.stop(timer(context));
        }
    }

    private Timer timer(Observation.Context context) {
        List<Object> id = new ArrayList<>(16);
        id.add(context.getName());
        for (KeyValue kv : context.getLowCardinalityKeyValues()) {
            id.add(kv.getKey());
            id.add(kv.getValue());
        }
        return timers.computeIfAbsent(id, key -> {
            List<Tag> tags = new ArrayList<>();
            for (int i = 1; i < key.size(); i += 2) {
                tags.add(Tag.of((String) key.get(i), (String) key.get(i + 1)));
            }
            return meters.timer(context.getName(), Tags.of(tags));
        });
    }

    @Override
    public boolean supportsContext(Observation.Context context) {
        String name = context.getName();
        return Telemetry.USE_CASE.equals(name) || Telemetry.PORT_CALL.equals(name);
    }
}
