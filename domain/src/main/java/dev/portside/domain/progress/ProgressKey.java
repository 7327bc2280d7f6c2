package dev.portside.domain.progress;

import dev.portside.domain.content.CertificationType;
import dev.portside.domain.content.ContentId;

/** One learner's progress on one content item under one certification. */
public record ProgressKey(UserId user, ContentId content, CertificationType certification) {

    @Override
    public String toString() {
        return user.value() + "/" + content.value() + "/" + certification;
    }
}
