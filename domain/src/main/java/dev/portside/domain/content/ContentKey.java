package dev.portside.domain.content;

import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** The key of a content item: its id under one certification. */
public record ContentKey(ContentId id, CertificationType certification) {

    /** Parses a caller's content id and certification, reporting both when both are wrong. */
    public static Validation<Seq<Violation>, ContentKey> of(String contentId, String certification) {
        Checks checks = Checks.start();
        ContentId id = checks.take(ContentId.of(contentId));
        CertificationType cert = checks.enumValue("certification", certification, CertificationType.class);
        return checks.validation(() -> new ContentKey(id, cert));
    }

    @Override
    public String toString() {
        return id.value() + "/" + certification;
    }
}
