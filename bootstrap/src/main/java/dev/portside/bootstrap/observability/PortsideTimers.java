package dev.portside.bootstrap.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The two timers of Portside ({@code portside.use.case}, {@code portside.port.call}), built in one place so that
 * the observation handler and the direct path register the same meters: one description per name, percentile
 * histograms only when {@code portside.metrics.percentile-histograms} asks for them (each recording into a histogram
 * reads the clock again). {@link #forOutcomes} caches a timer per outcome of one use case or one port operation.
 */
final class PortsideTimers {

    private final MeterRegistry registry;
    private final boolean percentileHistograms;

    PortsideTimers(MeterRegistry registry, boolean percentileHistograms) {
        this.registry = registry;
        this.percentileHistograms = percentileHistograms;
    }

    MeterRegistry registry() {
        return registry;
    }

    Timer timer(String name, Tags tags) {
        Timer.Builder builder = Timer.builder(name).tags(tags)
                .description(Telemetry.USE_CASE.equals(name) ? "Use cases run by the facades" : "Calls of a port's adapter");
        if (percentileHistograms) {
            builder.publishPercentileHistogram();
        }
        return builder.register(registry);
    }

    /** The timers of one use case or port operation, one per outcome, the {@code ok} one made up front. */
    ForOutcomes forOutcomes(String name, Tags tags) {
        return new ForOutcomes(name, tags);
    }

    final class ForOutcomes {
        private final String name;
        private final Tags tags;
        private final Timer ok;
        private final Map<String, Timer> others = new ConcurrentHashMap<>();

        private ForOutcomes(String name, Tags tags) {
            this.name = name;
            this.tags = tags;
            this.ok = timer(name, tags.and("outcome", Telemetry.OK));
        }

        Timer of(String outcome) {
            return Telemetry.OK.equals(outcome) ? ok : others.computeIfAbsent(outcome, o -> timer(name, tags.and("outcome", o)));
        }
    }
}
