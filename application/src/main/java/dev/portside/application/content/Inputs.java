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

    public static Option<Revision> optionalRevision(Checks checks, Long raw) {
        return raw == null ? Option.none() : Option.of(checks.take(Revision.of(raw)));
    }
}
