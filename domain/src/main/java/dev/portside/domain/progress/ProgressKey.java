package dev.portside.domain.progress;

import dev.portside.domain.kernel.UserId;

import dev.portside.domain.content.CertificationType;
import dev.portside.domain.content.ContentId;
import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** One learner's progress on one content item under one certification. */
public record ProgressKey(UserId user, ContentId content, CertificationType certification) {

    /** Parses a caller's user id, content id and certification, reporting every one that is wrong. */
    public static Validation<Seq<Violation>, ProgressKey> of(String userId, String contentId, String certification) {
        Checks checks = Checks.start();
        UserId user = checks.take(UserId.of(userId));
        ContentId content = checks.take(ContentId.of(contentId));
        CertificationType cert = checks.enumValue("certification", certification, CertificationType.class);
        return checks.validation(() -> new ProgressKey(user, content, cert));
    }

    @Override
    public String toString() {
        return user.value() + "/" + content.value() + "/" + certification;
    }
}
