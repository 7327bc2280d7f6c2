package dev.portside.domain.circles;

import dev.portside.domain.kernel.Checks;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * Values another system stored about a row and an import keeps as facts: when it was created and last changed,
 * and its counters. Each is checked like any input, every violation at once: a time is ISO-8601
 * ({@code 2024-03-01T10:00:00Z}, or with an offset), SQL text read as UTC ({@code 2024-03-01 10:00:00[.fff]}) or
 * epoch milliseconds, storable and not after the import; an update is not before the creation; counters are not
 * negative.
 */
public final class StoredFacts {

    private static final DateTimeFormatter SQL_TEXT = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss]")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .toFormatter();

    private StoredFacts() {
    }

    /** A created / updated pair: {@code updatedAt} defaults to {@code createdAt}, {@code createdAt} to {@code now}. */
    public record Times(Instant createdAt, Instant updatedAt) {
    }

    public static Times times(Checks checks, String createdAt, String updatedAt, Instant now) {
        Instant created = time(checks, "createdAt", createdAt, now);
        Instant updated = time(checks, "updatedAt", updatedAt, now);
        if (created == null && blank(createdAt)) {
            created = updated == null ? now : updated;
        }
        if (updated == null && blank(updatedAt)) {
            updated = created;
        }
        checks.require(created == null || updated == null || !updated.isBefore(created), "updatedAt", updatedAt,
                "must not be before createdAt");
        return new Times(created, updated);
    }

    /** An optional stored time: null when blank (or refused, with its violation added). */
    public static Instant time(Checks checks, String field, String raw, Instant now) {
        if (blank(raw)) {
            return null;
        }
        Instant parsed = parse(raw.strip());
        if (parsed == null) {
            checks.require(false, field, raw, "must be an ISO-8601 time, 'yyyy-MM-dd HH:mm:ss' (UTC) or epoch "
                    + "milliseconds");
            return null;
        }
        Instant storable = checks.instant(field, parsed);
        if (storable != null && storable.isAfter(now)) {
            checks.require(false, field, raw, "must not be in the future");
            return null;
        }
        return storable;
    }

    /** A counter the other system kept: 0 or more. */
    public static long count(Checks checks, String field, long value) {
        return checks.range(field, value, 0, Long.MAX_VALUE);
    }

    private static Instant parse(String raw) {
        if (raw.chars().allMatch(Character::isDigit) && raw.length() <= 15) {
            return Instant.ofEpochMilli(Long.parseLong(raw));
        }
        try {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(raw, Instant::from);
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(raw, SQL_TEXT).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notSqlText) {
                return null;
            }
        }
    }

    private static boolean blank(String raw) {
        return raw == null || raw.isBlank();
    }
}
