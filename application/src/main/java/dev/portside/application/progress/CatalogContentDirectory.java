package dev.portside.application.progress;

import dev.portside.domain.content.CertificationType;
import dev.portside.domain.content.ContentId;
import dev.portside.domain.content.ContentItem;
import dev.portside.domain.content.ContentRepository;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.progress.ContentDirectory;
import io.vavr.control.Either;
import java.util.EnumMap;
import java.util.Map;

/** Answers progress tracking's questions about content from the content catalog's repository. */
public final class CatalogContentDirectory implements ContentDirectory {

    private final ContentRepository repository;

    public CatalogContentDirectory(ContentRepository repository) {
        this.repository = repository;
    }

    @Override
    public Either<Problem, Map<CertificationType, Boolean>> certificationsOf(TenantId tenant, ContentId content) {
        return repository.findAllCertifications(tenant, content).map(items -> {
            Map<CertificationType, Boolean> result = new EnumMap<>(CertificationType.class);
            for (ContentItem item : items) {
                result.put(item.certification(), item.active());
            }
            return result;
        });
    }

    @Override
    public Either<Problem, Long> activeItems(TenantId tenant, CertificationType certification) {
        return repository.countActive(tenant, certification);
    }
}
