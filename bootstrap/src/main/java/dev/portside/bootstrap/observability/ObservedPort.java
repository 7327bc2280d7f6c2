package dev.portside.bootstrap.observability;

import dev.portside.domain.kernel.BackendEvents;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.TenantOwned;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A port's adapter seen through a proxy: each call is an observation {@code portside.port.call} (context, port,
 * operation, adapter, outcome), the backend's retries and faults reported through {@link BackendEvents} during the
 * call are counted, and a call that failed or was retried leaves one log line (logger
 * {@code dev.portside.ports}) with context, port, operation, tenant and problem kind; never an argument or an
 * answer.
 */
final class ObservedPort implements InvocationHandler {

    static final Logger LOG = LoggerFactory.getLogger("dev.portside.ports");
    static final String RETRIES = "portside.backend.retries";
    static final String FAULTS = "portside.backend.faults";

    private final Object target;
    private final String context;
    private final String port;
    private final String adapter;
    private final ObservationRegistry observations;
    private final MeterRegistry meters;

    /** The timers of each operation, made at start, found by an equal {@link Method}. */
    private final Map<Method, PortsideTimers.ForOutcomes> timers = new HashMap<>();
    /** The same, keyed by the very {@link Method} instances the proxy passes, so that a call finds its timers by identity. */
    private final Map<Method, PortsideTimers.ForOutcomes> timersByCall = new ConcurrentHashMap<>();

    private ObservedPort(Class<?> type, Object target, String context, String adapter, Telemetry telemetry) {
        this.target = target;
        this.context = context;
        this.port = type.getSimpleName();
        this.adapter = adapter;
        this.observations = telemetry.observations().orElse(null);
        this.meters = telemetry.meters().orElse(null);
        if (observations == null) {
            for (Method method : type.getMethods()) {
                timers.put(method, telemetry.timers().forOutcomes(Telemetry.PORT_CALL, Tags.of("context", context,
                        "port", port, "operation", method.getName(), "adapter", adapter)));
            }
        }
    }

    static <T> T wrap(Class<T> type, T target, String context, String adapter, Telemetry telemetry) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                new ObservedPort(type, target, context, adapter, telemetry)));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return method.invoke(target, args);
        }
        return observations == null ? timed(method, args) : observed(method, args);
    }

    /** A port call timed straight into the meter registry (no observation registry was passed). */
    private Object timed(Method method, Object[] args) throws Throwable {
        PortsideTimers.ForOutcomes timers = timersOf(method);
        Call call = new Call(method.getName());
        BackendEvents.Listener previous = BackendEvents.listenOnThisThread(call);
        String outcome = "exception";
        long start = System.nanoTime();
        try {
            Object answer = method.invoke(target, args);
            outcome = Telemetry.outcome(answer);
            return answer;
        } catch (InvocationTargetException e) {
            throw e.getCause();
        } finally {
            long elapsed = System.nanoTime() - start;
            BackendEvents.listenOnThisThread(previous);
            timers.of(outcome).record(elapsed, TimeUnit.NANOSECONDS);
            call.log(outcome, args);
        }
    }

    private PortsideTimers.ForOutcomes timersOf(Method method) {
        PortsideTimers.ForOutcomes found = timersByCall.get(method);
        if (found == null) {
            found = timers.get(method);
            timersByCall.put(method, found);
        }
        return found;
    }

    /** A port call as an observation, a child of the use case's when one is open; none while the registry has no handler. */
    private Object observed(Method method, Object[] args) throws Throwable {
        if (observations.isNoop()) {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
        String operation = method.getName();
        Observation observation = Observation.createNotStarted(Telemetry.PORT_CALL, observations)
                .contextualName(port + "." + operation)
                .lowCardinalityKeyValue("context", context)
                .lowCardinalityKeyValue("port", port)
                .lowCardinalityKeyValue("operation", operation)
                .lowCardinalityKeyValue("adapter", adapter)
                .start();
        Call call = new Call(operation);
        BackendEvents.Listener previous = BackendEvents.listenOnThisThread(call);
        String outcome = "exception";
        try (Observation.Scope scope = observation.openScope()) {
            Object answer = method.invoke(target, args);
            outcome = Telemetry.outcome(answer);
            return answer;
        } catch (InvocationTargetException e) {
            observation.error(e.getCause());
            throw e.getCause();
        } finally {
            BackendEvents.listenOnThisThread(previous);
            observation.lowCardinalityKeyValue("outcome", outcome);
            observation.stop();
            call.log(outcome, args);
        }
    }

    /** The retries and faults of one port call. */
    private final class Call implements BackendEvents.Listener {
        private final String operation;
        private int retries;
        private String lastReason;
        private Problem.Unavailable fault;

        Call(String operation) {
            this.operation = operation;
        }

        @Override
        public void retried(String backend, String reason) {
            retries++;
            lastReason = reason;
            if (meters != null) {
                Counter.builder(RETRIES).description("Backend calls run again after a retriable failure")
                        .tags("context", context, "port", port, "operation", operation, "adapter", adapter,
                                "backend", backend)
                        .register(meters).increment();
            }
        }

        @Override
        public void failed(String backend, Problem.Unavailable problem) {
            fault = problem;
            if (meters != null) {
                Counter.builder(FAULTS).description("Backend failures turned into Unavailable by an adapter")
                        .tags("context", context, "port", port, "operation", operation, "adapter", adapter,
                                "backend", backend, "retriable", Boolean.toString(problem.retriable()))
                        .register(meters).increment();
            }
        }

        void log(String outcome, Object[] args) {
            if ("Unavailable".equals(outcome) || fault != null && !Telemetry.OK.equals(outcome)) {
                if (LOG.isWarnEnabled()) {
                    LOG.warn("port call failed: context={} port={} operation={} adapter={} tenant={} problem={} "
                                    + "retriable={} retries={}", context, port, operation, adapter, tenant(args),
                            outcome, fault == null || fault.retriable(), retries);
                }
            } else if (retries > 0 && LOG.isInfoEnabled()) {
                LOG.info("port call retried: context={} port={} operation={} adapter={} tenant={} outcome={} "
                        + "retries={} last={}", context, port, operation, adapter, tenant(args), outcome, retries,
                        lastReason);
            }
        }
    }

    private static String tenant(Object[] args) {
        if (args != null) {
            for (Object arg : args) {
                if (arg instanceof TenantId id) {
                    return id.value();
                }
                if (arg instanceof TenantOwned owned && owned.tenant() != null) {
                    return owned.tenant().value();
                }
                TenantId carried = carriedTenant(arg);
                if (carried != null) {
                    return carried.value();
                }
            }
        }
        return "-";
    }

    /** The tenant an aggregate without {@link TenantOwned} carries as {@code tenant()}; read only for a log line. */
    private static TenantId carriedTenant(Object arg) {
        if (arg == null || !arg.getClass().isRecord()) {
            return null;
        }
        for (var component : arg.getClass().getRecordComponents()) {
            if (component.getType() == TenantId.class) {
                try {
                    return (TenantId) component.getAccessor().invoke(arg);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
