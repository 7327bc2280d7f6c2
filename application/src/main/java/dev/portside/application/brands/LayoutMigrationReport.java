package dev.portside.application.brands;

import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * What a layout migration did, per kind of document in {@link Kind} order: legacy documents {@code scanned};
 * {@code migrated} (or, on a dry run, that would be); {@code alreadyMigrated}, present in the current layout already
 * (a re-run skips them); {@code refused}, invalid or unreadable, each named in {@code refusals} with its location and
 * reasons. The totals over all kinds are {@link #scanned()}, {@link #migrated()}, {@link #alreadyMigrated()} and
 * {@link #refused()}.
 */
public record LayoutMigrationReport(boolean dryRun, List<Counts> kinds, List<String> refusals) {

    /** The kinds of legacy document, in the order they are migrated. */
    public enum Kind {
        METADATA, FEEDBACK, EXECUTIONS, ESCALATIONS;

        /** The lower-case name the command prints. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The counts of one kind. */
    public record Counts(Kind kind, int scanned, int migrated, int alreadyMigrated, int refused) {
    }

    public LayoutMigrationReport {
        kinds = List.copyOf(kinds);
        refusals = List.copyOf(refusals);
    }

    /** The counts of {@code kind} (all zero when it was not scanned). */
    public Counts of(Kind kind) {
        return kinds.stream().filter(c -> c.kind() == kind).findFirst().orElse(new Counts(kind, 0, 0, 0, 0));
    }

    public int scanned() {
        return total(Counts::scanned);
    }

    public int migrated() {
        return total(Counts::migrated);
    }

    public int alreadyMigrated() {
        return total(Counts::alreadyMigrated);
    }

    public int refused() {
        return total(Counts::refused);
    }

    private int total(ToIntFunction<Counts> count) {
        return kinds.stream().mapToInt(count).sum();
    }
}
