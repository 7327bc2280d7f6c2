package dev.portside.spring;

import dev.portside.bootstrap.HealthReport;
import dev.portside.bootstrap.Portside;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Portside's health as Actuator sees it: one indicator per entry of {@link Portside#health()} (each adapter
 * slot and each backend probe), named after the entry ({@code portside.content.adapter} becomes
 * {@code portside-content-adapter}). One request to the health endpoint probes every backend once, side by
 * side and each within {@code portside.health.timeout}: the indicators share one report for a second.
 */
public final class PortsideHealth implements CompositeHealthContributor {

    private static final Duration SHARED_FOR = Duration.ofSeconds(1);

    private final Map<String, HealthIndicator> indicators;

    /**
     * Indicators for the entries Portside reports now.
     *
     * @param portside the started Portside
     */
    public PortsideHealth(Portside portside) {
        Supplier<HealthReport> report = new SharedReport(portside::health, SHARED_FOR);
        Map<String, HealthIndicator> found = new LinkedHashMap<>();
        for (HealthReport.Entry entry : portside.health().entries()) {
            String entryName = entry.name();
            found.put(name(entryName), () -> indicate(report.get(), entryName));
        }
        this.indicators = Map.copyOf(found);
    }

    /**
     * An entry's name as a contributor name: letters and digits, with a dash for anything else.
     *
     * @param entry the entry's name in the report
     * @return the contributor's name
     */
    static String name(String entry) {
        return entry.replaceAll("[^A-Za-z0-9]+", "-");
    }

    private static Health indicate(HealthReport report, String entryName) {
        return report.entries().stream().filter(e -> e.name().equals(entryName)).findFirst()
                .map(e -> (e.ok() ? Health.up() : Health.down()).withDetail("detail", e.detail()).build())
                .orElseGet(() -> Health.unknown().withDetail("detail", "no longer reported").build());
    }

    @Override
    public HealthContributor getContributor(String name) {
        return indicators.get(name);
    }

    @Override
    public java.util.stream.Stream<HealthContributors.Entry> stream() {
        return indicators.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new HealthContributors.Entry(e.getKey(), e.getValue()));
    }

    /** One report shared by the indicators for a short while. */
    private static final class SharedReport implements Supplier<HealthReport> {
        private final Supplier<HealthReport> source;
        private final long ttlNanos;
        private HealthReport report;
        private long takenAt;

        SharedReport(Supplier<HealthReport> source, Duration ttl) {
            this.source = source;
            this.ttlNanos = ttl.toNanos();
        }

        @Override
        public synchronized HealthReport get() {
            long now = System.nanoTime();
            if (report == null || now - takenAt > ttlNanos) {
                report = source.get();
                takenAt = now;
            }
            return report;
        }
    }
}
