package dev.portside.domain.records;

/** A sealed record together with its current WORM retention, as read back from the archive. */
public record ArchivedRecord(SealedRecord sealed, Retention retention) {

    public RecordId id() {
        return sealed.id();
    }
}
