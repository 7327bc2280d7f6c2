package dev.portside.domain.progress;

import dev.portside.domain.content.CertificationType;
import dev.portside.domain.content.ContentId;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import java.util.Map;

/**
 * What progress tracking needs to know about content, by id only: under which certifications a
 * content id exists and whether it is active there, and how many active items a certification has.
 */
public interface ContentDirectory {

    /** Certification → active flag for every certification the content id is published under. */
    Either<Problem, Map<CertificationType, Boolean>> certificationsOf(TenantId tenant, ContentId content);

    Either<Problem, Long> activeItems(TenantId tenant, CertificationType certification);
}
