package dev.portside.bootstrap;

import java.util.List;

/** The answer of {@link Portside#health()}: one line per adapter slot and per backend probe. */
public record HealthReport(List<Entry> entries) {

    public HealthReport {
        entries = List.copyOf(entries);
    }

    public boolean healthy() {
        return entries.stream().allMatch(Entry::ok);
    }

    /** One probe: what was checked, whether it answered, and what it said. */
    public record Entry(String name, boolean ok, String detail) {
    }
}
