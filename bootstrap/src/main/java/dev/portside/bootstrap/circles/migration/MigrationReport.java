package dev.portside.bootstrap.circles.migration;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Per entity: rows read, imported, skipped (already there) and failed, with the reasons of skips and failures. */
public final class MigrationReport {

    /** The counts and reasons of one entity. */
    public static final class Entity {
        private long read;
        private long imported;
        private final List<String> skipped = new ArrayList<>();
        private final List<String> failed = new ArrayList<>();

        public long read() {
            return read;
        }

        public long imported() {
            return imported;
        }

        public List<String> skipped() {
            return List.copyOf(skipped);
        }

        public List<String> failed() {
            return List.copyOf(failed);
        }
    }

    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private boolean stopped;

    Entity entity(String name) {
        return entities.computeIfAbsent(name, n -> new Entity());
    }

    void read(String entity) {
        entity(entity).read++;
    }

    void imported(String entity) {
        entity(entity).imported++;
    }

    void skipped(String entity, String key, String reason) {
        entity(entity).skipped.add(key + ": " + reason);
    }

    void failed(String entity, String key, String reason) {
        entity(entity).failed.add(key + ": " + reason);
    }

    void stop() {
        stopped = true;
    }

    public Map<String, Entity> entities() {
        return java.util.Collections.unmodifiableMap(entities);
    }

    /** True when a failure stopped the import (no {@code --continue-on-error}). */
    public boolean stopped() {
        return stopped;
    }

    public long failures() {
        return entities.values().stream().mapToLong(e -> e.failed.size()).sum();
    }

    public void print(PrintStream out, boolean dryRun) {
        out.println(dryRun ? "Dry run report (nothing was written)" : "Import report");
        out.printf("  %-15s %8s %9s %8s %7s%n", "entity", "read", "imported", "skipped", "failed");
        entities.forEach((name, e) -> out.printf("  %-15s %8d %9d %8d %7d%n", name, e.read, e.imported,
                e.skipped.size(), e.failed.size()));
        entities.forEach((name, e) -> e.failed.forEach(f -> out.println("  failed " + name + " " + f)));
        if (stopped) {
            out.println("  stopped at the first failure (use --continue-on-error to import the other rows)");
        }
    }
}
