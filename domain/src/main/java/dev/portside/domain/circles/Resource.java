package dev.portside.domain.circles;

import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.TenantOwned;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/** A shared resource (article, video, guide, tool or event) with a link and tags. */
public record Resource(TenantId tenant, ResourceId id, String title, ResourceType type, URI url, List<String> tags,
                       ResourceStatus status, Instant createdAt, Instant updatedAt, Revision revision) implements TenantOwned {

    public Resource {
        tags = List.copyOf(tags);
    }

    public Resource withStatus(ResourceStatus s, Instant now) {
        return new Resource(tenant, id, title, type, url, tags, s, createdAt, now, revision);
    }

    public Resource withRevision(Revision r) {
        return new Resource(tenant, id, title, type, url, tags, status, createdAt, updatedAt, r);
    }
}
