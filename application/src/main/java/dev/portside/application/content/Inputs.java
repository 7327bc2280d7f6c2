package dev.portside.application.content;

import dev.portside.domain.content.CertificationType;
import dev.portside.domain.content.ContentId;
import dev.portside.domain.content.ContentKey;
import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.Cursor;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Option;
import java.time.Instant;

/** Parsing of the raw values commands share, accumulating violations in a {@link Checks}. */
public final class Inputs {

    private Inputs() {
    }

    public static TenantId tenant(Checks checks, String raw) {
        return checks.take(TenantId.of(raw));
    }

    public static ContentKey key(Checks checks, String contentId, String certification) {
        ContentId id = checks.take(ContentId.of(contentId));
        CertificationType cert = checks.enumValue("certification", certification, CertificationType.class);
        return id == null || cert == null ? null : new ContentKey(id, cert);
    }

    public static Option<CertificationType> optionalCertification(Checks checks, String raw) {
        return raw == null ? Option.none()
                : Option.of(checks.enumValue("certification", raw, CertificationType.class));
    }

    public static PageRequest page(Checks checks, int limit, String cursor) {
        Option<Cursor> after = cursor == null ? Option.none() : Option.of(checks.take(Cursor.of(cursor)));
        return checks.take(PageRequest.of(limit, after));
    }

    /** The earliest and latest instants a command may carry (stores keep them as fixed-width UTC text). */
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

    /** A required instant between {@link #EARLIEST} and {@link #LATEST}. */
    public static Instant instant(Checks checks, String field, Instant value) {
        if (value == null) {
            checks.notNull(field, null);
            return null;
        }
        checks.require(!value.isBefore(EARLIEST) && !value.isAfter(LATEST), field, value,
                "must be between " + EARLIEST + " and " + LATEST);
        return value;
    }

    public static Option<Revision> optionalRevision(Checks checks, Long raw) {
        return raw == null ? Option.none() : Option.of(checks.take(Revision.of(raw)));
    }
}
