package dev.portside.domain.circles;

import dev.portside.domain.kernel.UserId;

import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.TenantOwned;
import io.vavr.control.Option;
import java.net.URI;
import java.time.Instant;

/** A business listed in the community marketplace, owned by a member; new listings start PENDING. */
public record Business(TenantId tenant, BusinessId id, String name, String category, UserId owner,
                       Option<String> description, Option<URI> website, boolean verified, BusinessStatus status,
                       Instant createdAt, Instant updatedAt, Revision revision) implements TenantOwned {

    public Business {
        description = description == null ? Option.none() : description;
        website = website == null ? Option.none() : website;
    }

    public Business withStatus(BusinessStatus s, boolean isVerified, Instant now) {
        return new Business(tenant, id, name, category, owner, description, website, isVerified, s, createdAt, now,
                revision);
    }

    public Business withRevision(Revision r) {
        return new Business(tenant, id, name, category, owner, description, website, verified, status, createdAt,
                updatedAt, r);
    }
}
