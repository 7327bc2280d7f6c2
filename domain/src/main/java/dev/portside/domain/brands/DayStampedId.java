package dev.portside.domain.brands;

import dev.portside.domain.kernel.Violation;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Ids of dated documents ({@code 2026-11-21_<token>}): the issue day leads, so a store that
 * partitions by day locates a document from its id alone, without an index.
 */
final class DayStampedId {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}_[A-Za-z0-9-]{1,64}");

    private DayStampedId() {
    }

    static String issue(LocalDate day, String token) {
        String safe = token.replaceAll("[^A-Za-z0-9-]", "-");
        return day + "_" + (safe.length() > 64 ? safe.substring(0, 64) : safe);
    }

    static Validation<Violation, String> check(String field, String value) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            return Validation.invalid(Violation.of(field, value, "must be an id issued by the brand registry"));
        }
        try {
            LocalDate.parse(value.substring(0, 10));
            return Validation.valid(value);
        } catch (DateTimeParseException e) {
            return Validation.invalid(Violation.of(field, value, "must be an id issued by the brand registry"));
        }
    }

    static LocalDate day(String value) {
        return LocalDate.parse(value.substring(0, 10));
    }
}
