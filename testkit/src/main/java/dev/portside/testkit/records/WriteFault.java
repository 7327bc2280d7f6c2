package dev.portside.testkit.records;

/**
 * Where a write breaks: before a step does anything, or after it committed but its answer was lost.
 */
public enum WriteFault {
    NONE, KEY_VAULT, ARCHIVE_BEFORE, ARCHIVE_AFTER, HOT_BEFORE, HOT_AFTER;

    /** The step name a failed write must report. */
    public String step() {
        return switch (this) {
            case NONE -> "";
            case KEY_VAULT -> "key-vault";
            case ARCHIVE_BEFORE, ARCHIVE_AFTER -> "archive";
            case HOT_BEFORE, HOT_AFTER -> "hot-store";
        };
    }
}
