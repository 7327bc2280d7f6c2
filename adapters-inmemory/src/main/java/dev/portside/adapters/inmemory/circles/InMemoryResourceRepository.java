package dev.portside.adapters.inmemory.circles;

import dev.portside.domain.circles.Resource;
import dev.portside.domain.circles.ResourceId;
import dev.portside.domain.circles.ResourceRepository;
import dev.portside.domain.kernel.CursorCodec;

/** The reference {@link ResourceRepository}: resources per tenant with the revision rules, safe for concurrent use. */
public final class InMemoryResourceRepository extends InMemoryDirectory<Resource, ResourceId> implements ResourceRepository {

    public InMemoryResourceRepository(CursorCodec codec) {
        super("resource", Resource::id, ResourceId::value, Resource::revision, Resource::withRevision,
                "circles.resources", codec);
    }
}
