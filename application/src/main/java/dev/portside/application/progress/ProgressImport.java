package dev.portside.application.progress;

/** What a bulk import did: events applied, entries created, entries updated. */
public record ProgressImport(int events, int created, int updated) {
}
