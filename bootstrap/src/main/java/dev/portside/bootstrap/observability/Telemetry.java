package dev.portside.bootstrap.observability;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.UseCaseObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.vavr.control.Either;
import java.util.Optional;

/**
 * What a host handed Portside to record into: a {@link MeterRegistry}, an {@link ObservationRegistry}, both, or
 * neither ({@link #none()}: no proxy, no meter, no observation; every seam is a no-op). With only a meter
 * registry, use cases and port calls are timed straight into it; with an observation registry, they are
 * observations its handlers (a tracing bridge, a host's own meter handler) see, and Portside's meter handler is
 * added to it when a meter registry is passed too. Both paths register the same timers. {@link ObservationRegistry#NOOP}
 * counts as no observation registry. Percentile histograms are off unless {@code portside.metrics.percentile-histograms}
 * turns them on.
 */
public final class Telemetry {

    public static final String USE_CASE = "portside.use.case";
    public static final String PORT_CALL = "portside.port.call";
    public static final String OK = "ok";

    private static final Telemetry NONE = new Telemetry(null, null, null);

    private final MeterRegistry meters;
    private final ObservationRegistry observations;
    private final PortsideTimers timers;

    private Telemetry(MeterRegistry meters, ObservationRegistry observations, PortsideTimers timers) {
        this.meters = meters;
        this.observations = observations;
        this.timers = timers;
    }

    public static Telemetry none() {
        return NONE;
    }

    /** Records into what the host passed (either may be null), timers without percentile histograms. */
    public static Telemetry of(MeterRegistry meters, ObservationRegistry observations) {
        return of(meters, observations, false);
    }

    /** Records into what the host passed (either may be null); {@code percentileHistograms} on the timers. */
    public static Telemetry of(MeterRegistry meters, ObservationRegistry observations, boolean percentileHistograms) {
        ObservationRegistry observed = observations == ObservationRegistry.NOOP ? null : observations;
        if (meters == null && observed == null) {
            return NONE;
        }
        PortsideTimers timers = meters == null ? null : new PortsideTimers(meters, percentileHistograms);
        if (observed != null && timers != null) {
            observed.observationConfig().observationHandler(new PortsideMeterHandler(timers));
        }
        return new Telemetry(meters, observed, timers);
    }

    public boolean enabled() {
        return this != NONE;
    }

    public Optional<MeterRegistry> meters() {
        return Optional.ofNullable(meters);
    }

    /** The host's observation registry; none when it passed only a meter registry (then timers are direct). */
    public Optional<ObservationRegistry> observations() {
        return Optional.ofNullable(observations);
    }

    /** The observer the facades run their use cases through: {@link UseCaseObserver#NONE} when disabled. */
    public UseCaseObserver useCases() {
        if (observations != null) {
            return new ObservedUseCases(observations);
        }
        return timers != null ? new TimedUseCases(timers) : UseCaseObserver.NONE;
    }

    /** The timers of the direct path; null without a meter registry. */
    PortsideTimers timers() {
        return timers;
    }

    /** The outcome tag of an answer: {@code ok}, or the simple name of the {@link Problem} on the left. */
    static String outcome(Object answer) {
        if (answer instanceof Either<?, ?> either && either.isLeft() && either.getLeft() instanceof Problem problem) {
            return problem.getClass().getSimpleName();
        }
        return OK;
    }
}
