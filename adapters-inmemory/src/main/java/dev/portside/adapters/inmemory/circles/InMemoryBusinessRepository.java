package dev.portside.adapters.inmemory.circles;

import dev.portside.domain.circles.Business;
import dev.portside.domain.circles.BusinessId;
import dev.portside.domain.circles.BusinessRepository;
import dev.portside.domain.kernel.CursorCodec;

/** The reference {@link BusinessRepository}: businesses per tenant with the revision rules, safe for concurrent use. */
public final class InMemoryBusinessRepository extends InMemoryDirectory<Business, BusinessId> implements BusinessRepository {

    public InMemoryBusinessRepository(CursorCodec codec) {
        super("business", Business::id, BusinessId::value, Business::revision, Business::withRevision,
                "circles.businesses", codec);
    }
}
