package dev.portside.application.brands;

import java.util.List;

/**
 * What a layout migration did: legacy documents {@code scanned}; {@code migrated} (or, on a dry run, that would be);
 * {@code alreadyMigrated}, present in the current layout already (a re-run skips them); {@code refused}, invalid or
 * unreadable, each named in {@code refusals} with its location and reasons.
 */
public record LayoutMigrationReport(boolean dryRun, int scanned, int migrated, int alreadyMigrated, int refused,
                                    List<String> refusals) {

    public LayoutMigrationReport {
        refusals = List.copyOf(refusals);
    }
}
