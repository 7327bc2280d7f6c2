package dev.portside.application.brands;

import dev.portside.domain.brands.BrandId;
import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.Cursor;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Option;
import java.time.LocalDate;

/** Field checks shared by the registry's commands. */
final class BrandInputs {

    static final int MAX_RANGE_DAYS = 366;

    private BrandInputs() {
    }

    static TenantId tenant(Checks checks, String tenant) {
        return checks.take(TenantId.of(tenant));
    }

    static BrandId brand(Checks checks, long brandId) {
        return checks.take(BrandId.of(brandId));
    }

    static PageRequest page(Checks checks, int limit, String cursor) {
        Option<Cursor> after = Option.none();
        if (cursor != null) {
            Cursor c = checks.take(Cursor.of(cursor));
            after = Option.of(c);
        }
        return checks.take(PageRequest.of(limit, after));
    }

    static void range(Checks checks, LocalDate from, LocalDate to) {
        checks.notNull("from", from);
        checks.notNull("to", to);
        if (from != null && to != null) {
            checks.require(!to.isBefore(from), "to", to, "must not be before from (" + from + ")");
            checks.require(!to.isAfter(from.plusDays(MAX_RANGE_DAYS)), "to", to,
                    "must be at most " + MAX_RANGE_DAYS + " days after from");
        }
    }

    static String optional(Checks checks, String field, String value, int max) {
        return value == null || value.isBlank() ? null : checks.text(field, value, 1, max);
    }
}
