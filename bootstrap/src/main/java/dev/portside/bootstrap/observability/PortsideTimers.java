package dev.portside.bootstrap.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The two timers of Portside ({@code portside.use.case}, {@code portside.port.call}), built in one place so that
 * the observation handler and the direct path register the same meters: percentile histograms, one description
 * per name. {@link #forOutcomes} caches a timer per outcome of one use case or one port operation.
 */
final class PortsideTimers {

    private PortsideTimers() {
    }

    static Timer timer(MeterRegistry registry, String name, Tags tags) {
        return Timer.builder(name).tags(tags).publishPercentileHistogram()
                .description(Telemetry.USE_CASE.equals(name) ? "Use cases run by the facades" : "Calls of a port's adapter")
                .register(registry);
    }

    /** The timers of one use case or port operation, one per outcome, the {@code ok} one made up front. */
    static final class ForOutcomes {
        private final MeterRegistry registry;
        private final String name;
        private final Tags tags;
        private final Timer ok;
        private final Map<String, Timer> others = new ConcurrentHashMap<>();

        ForOutcomes(MeterRegistry registry, String name, Tags tags) {
            this.registry = registry;
            this.name = name;
            this.tags = tags;
            this.ok = timer(registry, name, tags.and("outcome", Telemetry.OK));
        }

        Timer of(String outcome) {
            return Telemetry.OK.equals(outcome) ? ok
                    : others.computeIfAbsent(outcome, o -> timer(registry, name, tags.and("outcome", o)));
        }
    }

    static ForOutcomes forOutcomes(MeterRegistry registry, String name, Tags tags) {
        return new ForOutcomes(registry, name, tags);
    }
}
