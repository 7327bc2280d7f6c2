package dev.portside.bootstrap.circles.migration;

import dev.portside.domain.kernel.Problem;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Per entity: rows read, imported, already present and refused, with one line per refused row (its key and the
 * reasons, never a stored value such as an email or a text); and why the run stopped early, if it did.
 */
public final class MigrationReport {

    /** The counts and refusals of one entity. */
    public static final class Entity {
        private long read;
        private long imported;
        private long present;
        private final List<String> refused = new ArrayList<>();

        public long read() {
            return read;
        }

        public long imported() {
            return imported;
        }

        /** Rows already in the target (an earlier run, or the owner's membership that comes with its circle). */
        public long alreadyPresent() {
            return present;
        }

        /** One line per refused row: {@code key: reasons}. */
        public List<String> refused() {
            return List.copyOf(refused);
        }
    }

    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private String stoppedBecause;

    Entity entity(String name) {
        return entities.computeIfAbsent(name, n -> new Entity());
    }

    void imported(String entity) {
        Entity e = entity(entity);
        e.read++;
        e.imported++;
    }

    void present(String entity) {
        Entity e = entity(entity);
        e.read++;
        e.present++;
    }

    void refused(String entity, String key, Problem problem) {
        Entity e = entity(entity);
        e.read++;
        e.refused.add(key + ": " + reason(problem));
    }

    void stop(String why) {
        stoppedBecause = why;
    }

    public Map<String, Entity> entities() {
        return java.util.Collections.unmodifiableMap(entities);
    }

    /** True when the run stopped before the end: a refused row without continue-on-error, or an unavailable target. */
    public boolean stopped() {
        return stoppedBecause != null;
    }

    public String stoppedBecause() {
        return stoppedBecause;
    }

    public long refusals() {
        return entities.values().stream().mapToLong(e -> e.refused.size()).sum();
    }

    /** Why a row was refused, naming fields, kinds, ids and rules but no stored value. */
    static String reason(Problem problem) {
        if (problem instanceof Problem.Invalid invalid) {
            return invalid.violations().stream().map(v -> v.field() + " " + v.reason())
                    .collect(Collectors.joining("; "));
        }
        if (problem instanceof Problem.AlreadyExists exists) {
            return exists.kind().endsWith("email") ? "the email is taken by another member"
                    : exists.kind() + " " + exists.id() + " already exists";
        }
        if (problem instanceof Problem.NotFound missing) {
            return missing.kind() + " " + missing.id() + " not found";
        }
        if (problem instanceof Problem.Conflict conflict) {
            return conflict.kind() + " " + conflict.id() + " changed during the import";
        }
        if (problem instanceof Problem.Unavailable unavailable) {
            return unavailable.backend() + " unavailable" + (unavailable.retriable() ? " (retriable)" : "");
        }
        return problem.message();
    }

    public void print(PrintStream out, boolean dryRun) {
        out.println(dryRun ? "Dry run report (checked against the target, nothing was written)" : "Import report");
        out.printf("  %-15s %8s %9s %16s %8s%n", "entity", "read", dryRun ? "would import" : "imported",
                "already present", "refused");
        entities.forEach((name, e) -> out.printf("  %-15s %8d %9d %16d %8d%n", name, e.read, e.imported, e.present,
                e.refused.size()));
        entities.forEach((name, e) -> e.refused.forEach(f -> out.println("  refused " + name + " " + f)));
        if (stoppedBecause != null) {
            out.println("  stopped: " + stoppedBecause);
        }
    }
}
