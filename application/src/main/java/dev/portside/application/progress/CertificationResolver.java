package dev.portside.application.progress;

import dev.portside.domain.content.CertificationType;
import dev.portside.domain.content.ContentId;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.progress.ContentDirectory;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks that an event's content exists and is active, and detects its certification when the
 * caller left it out (ambiguous → {@code Invalid} naming the choices). Caches lookups per content id.
 */
final class CertificationResolver {

    private final ContentDirectory directory;
    private final TenantId tenant;
    private final Map<ContentId, Either<Problem, Map<CertificationType, Boolean>>> cache = new HashMap<>();

    CertificationResolver(ContentDirectory directory, TenantId tenant) {
        this.directory = directory;
        this.tenant = tenant;
    }

    Either<Problem, CertificationType> resolve(ContentId content, Option<CertificationType> given) {
        return cache.computeIfAbsent(content, id -> directory.certificationsOf(tenant, id))
                .flatMap(certs -> choose(content, given, certs));
    }

    private static Either<Problem, CertificationType> choose(ContentId content, Option<CertificationType> given,
                                                             Map<CertificationType, Boolean> certs) {
        if (certs.isEmpty()) {
            return Either.left(new Problem.NotFound("content", content.value()));
        }
        if (given.isEmpty() && certs.size() > 1) {
            return Either.left(Problem.Invalid.of("certification", null, "content " + content
                    + " exists under several certifications; choose one of " + certs.keySet()));
        }
        CertificationType cert = given.getOrElse(() -> certs.keySet().iterator().next());
        Boolean active = certs.get(cert);
        if (active == null) {
            return Either.left(new Problem.NotFound("content", content + "/" + cert));
        }
        if (!active) {
            return Either.left(new Problem.Rejected("progress.content-retired",
                    "content " + content + "/" + cert + " is retired; progress can only be recorded on active content"));
        }
        return Either.right(cert);
    }
}
