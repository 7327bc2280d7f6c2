package dev.portside.domain.kernel;

import io.vavr.control.Validation;
import java.util.regex.Pattern;

/** The tenant every stored item belongs to; part of every key, so no query crosses tenants. */
public record TenantId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

    public static final TenantId DEFAULT = new TenantId("default");

    public static Validation<Violation, TenantId> of(String value) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            return Validation.invalid(Violation.of("tenant", value,
                    "must be 1..63 chars of a-z, 0-9, '_' or '-', starting with a letter or digit"));
        }
        return Validation.valid(new TenantId(value));
    }

    @Override
    public String toString() {
        return value;
    }
}
