package dev.portside.adapters.inmemory.circles;

import dev.portside.domain.circles.Resource;
import dev.portside.domain.circles.ResourceId;
import dev.portside.domain.circles.ResourceRepository;
import dev.portside.domain.kernel.CursorCodec;

/** The reference {@link ResourceRepository}: resources per tenant with the revision rules, under one lock. */
public final class InMemoryResourceRepository extends InMemoryDirectory<Resource, ResourceId> implements ResourceRepository {

    public InMemoryResourceRepository(CursorCodec codec) {
        super(new VersionedTable<>("resource", x -> x.id().value(), Resource::revision, Resource::withRevision),
                ResourceId::value, "circles.resources", codec);
    }
}
