package dev.portside.benchmarks.support;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/** Counts the HTTP requests an SDK client sends (every attempt, retries included), by operation. */
public final class RequestCounter implements ExecutionInterceptor {

    private final Map<String, LongAdder> sent = new ConcurrentHashMap<>();

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        sent.computeIfAbsent(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME), k -> new LongAdder())
                .increment();
    }

    /** Requests sent since the last reset, by operation, in name order. */
    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        sent.forEach((operation, count) -> copy.put(operation, count.sum()));
        return copy;
    }

    public long total() {
        return sent.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public void reset() {
        sent.clear();
    }
}
