package dev.portside.application.circles;

import dev.portside.application.circles.CommunityCommands.AddResource;
import dev.portside.application.circles.CommunityCommands.AddResources;
import dev.portside.application.circles.CommunityCommands.DeleteBusiness;
import dev.portside.application.circles.CommunityCommands.DeleteResource;
import dev.portside.application.circles.CommunityCommands.GetBusiness;
import dev.portside.application.circles.CommunityCommands.GetResource;
import dev.portside.application.circles.CommunityCommands.ListBusinesses;
import dev.portside.application.circles.CommunityCommands.ListResources;
import dev.portside.application.circles.CommunityCommands.RegisterBusiness;
import dev.portside.application.circles.CommunityCommands.RegisterBusinesses;
import dev.portside.application.circles.CommunityCommands.VerifyBusiness;
import dev.portside.domain.circles.BatchOutcome;
import dev.portside.domain.circles.Business;
import dev.portside.domain.circles.BusinessId;
import dev.portside.domain.circles.BusinessStatus;
import dev.portside.domain.circles.DeletionRules;
import dev.portside.domain.circles.Labels;
import dev.portside.domain.circles.Resource;
import dev.portside.domain.circles.ResourceId;
import dev.portside.domain.circles.ResourceStatus;
import dev.portside.domain.circles.ResourceType;
import dev.portside.domain.kernel.UserId;
import dev.portside.domain.circles.WebLinks;
import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.UseCaseObserver;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The market of a {@link Community}, businesses and resources: registration (single and bulk), verification,
 * lookups and listings.
 */
public final class MarketUseCases {

    private static final String CONTEXT = "circles";

    private final Ports ports;
    private final UseCaseObserver observer;

    MarketUseCases(Ports ports,
                   UseCaseObserver observer) {
        this.ports = ports;
        this.observer = observer;
    }

    public Either<Problem, Business> registerBusiness(RegisterBusiness c) {
        return observer.observe(CONTEXT, "market.registerBusiness", () -> registerBusinessUnobserved(c));
    }

    private Either<Problem, Business> registerBusinessUnobserved(RegisterBusiness c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        Business b = business(checks, tenant, c);
        return checks.build(() -> b).flatMap(x -> Checks.found(ports.members().get(tenant, x.owner()), "member",
                x.owner()).flatMap(owner -> ports.businesses().create(x)));
    }

    public Either<Problem, ImportReport> registerBusinesses(RegisterBusinesses c) {
        return observer.observe(CONTEXT, "market.registerBusinesses", () -> registerBusinessesUnobserved(c));
    }

    private Either<Problem, ImportReport> registerBusinessesUnobserved(RegisterBusinesses c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        return Bulk.run(c.tenant(), c.businesses(), this::business, List.of(new Bulk.Key<>("item", b -> b.id().value())),
                (tenant, list) -> withKnownOwners(tenant, list, ports.businesses()::createAll));
    }

    public Either<Problem, Business> verifyBusiness(VerifyBusiness c) {
        return observer.observe(CONTEXT, "market.verifyBusiness", () -> verifyBusinessUnobserved(c));
    }

    private Either<Problem, Business> verifyBusinessUnobserved(VerifyBusiness c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        BusinessId id = checks.take(BusinessId.of(c.id()));
        BusinessStatus status = checks.enumValue("status", c.status(), BusinessStatus.class);
        Revision expected = checks.revision(c.expectedRevision());
        return checks.build(() -> id)
                .flatMap(bid -> Checks.found(ports.businesses().get(tenant, bid), "business", bid))
                .flatMap(b -> !b.revision().equals(expected)
                        ? Either.left(new Problem.Conflict("business", id.value(), expected, b.revision()))
                        : ports.businesses().save(b.withStatus(status, c.verified(), ports.clock().instant())));
    }

    /** The owner deletes the business listing. */
    public Either<Problem, BusinessId> deleteBusiness(DeleteBusiness c) {
        return observer.observe(CONTEXT, "market.deleteBusiness", () -> deleteBusinessUnobserved(c));
    }

    private Either<Problem, BusinessId> deleteBusinessUnobserved(DeleteBusiness c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        BusinessId id = checks.take(BusinessId.of(c.id()));
        UserId actor = checks.take(UserId.of(c.actor()));
        Revision expected = checks.revision(c.expectedRevision());
        return checks.build(() -> id)
                .flatMap(bid -> Checks.found(ports.businesses().get(tenant, bid), "business", bid))
                .flatMap(b -> DeletionRules.business(b, expected, actor))
                .flatMap(b -> ports.businesses().delete(tenant, id, expected));
    }

    public Either<Problem, ResourceId> deleteResource(DeleteResource c) {
        return observer.observe(CONTEXT, "market.deleteResource", () -> deleteResourceUnobserved(c));
    }

    private Either<Problem, ResourceId> deleteResourceUnobserved(DeleteResource c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        ResourceId id = checks.take(ResourceId.of(c.id()));
        Revision expected = checks.revision(c.expectedRevision());
        return checks.build(() -> id).flatMap(rid -> ports.resources().delete(tenant, rid, expected));
    }

    public Either<Problem, Business> business(GetBusiness c) {
        return observer.observe(CONTEXT, "market.business", () -> businessUnobserved(c));
    }

    private Either<Problem, Business> businessUnobserved(GetBusiness c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        BusinessId id = checks.take(BusinessId.of(c.id()));
        return checks.build(() -> id).flatMap(bid -> Checks.found(ports.businesses().get(tenant, bid), "business", bid));
    }

    public Either<Problem, Page<Business>> businesses(ListBusinesses c) {
        return observer.observe(CONTEXT, "market.businesses", () -> businessesUnobserved(c));
    }

    private Either<Problem, Page<Business>> businessesUnobserved(ListBusinesses c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        PageRequest page = checks.page(c.limit(), c.after());
        return checks.build(() -> page).flatMap(p -> ports.businesses().list(tenant, p));
    }

    public Either<Problem, Resource> addResource(AddResource c) {
        return observer.observe(CONTEXT, "market.addResource", () -> addResourceUnobserved(c));
    }

    private Either<Problem, Resource> addResourceUnobserved(AddResource c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        Resource r = resource(checks, tenant, c);
        return checks.build(() -> r).flatMap(x -> ports.resources().create(x));
    }

    public Either<Problem, ImportReport> addResources(AddResources c) {
        return observer.observe(CONTEXT, "market.addResources", () -> addResourcesUnobserved(c));
    }

    private Either<Problem, ImportReport> addResourcesUnobserved(AddResources c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        return Bulk.run(c.tenant(), c.resources(), this::resource, List.of(new Bulk.Key<>("item", r -> r.id().value())),
                ports.resources()::createAll);
    }

    public Either<Problem, Resource> resource(GetResource c) {
        return observer.observe(CONTEXT, "market.resource", () -> resourceUnobserved(c));
    }

    private Either<Problem, Resource> resourceUnobserved(GetResource c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        ResourceId id = checks.take(ResourceId.of(c.id()));
        return checks.build(() -> id).flatMap(rid -> Checks.found(ports.resources().get(tenant, rid), "resource", rid));
    }

    public Either<Problem, Page<Resource>> resources(ListResources c) {
        return observer.observe(CONTEXT, "market.resources", () -> resourcesUnobserved(c));
    }

    private Either<Problem, Page<Resource>> resourcesUnobserved(ListResources c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        PageRequest page = checks.page(c.limit(), c.after());
        return checks.build(() -> page).flatMap(p -> ports.resources().list(tenant, p));
    }

    /** Writes the businesses whose owner is a member; the others are refused with NotFound. */
    Either<Problem, BatchOutcome> withKnownOwners(TenantId tenant, List<Business> list, Bulk.Writer<Business> writer) {
        return ports.members().getAll(tenant, list.stream().map(Business::owner).distinct().toList())
                .flatMap(found -> {
                    java.util.Set<UserId> owners = new java.util.HashSet<>();
                    found.forEach(m -> owners.add(m.id()));
                    Map<String, Problem> refused = new HashMap<>();
                    List<Business> known = new ArrayList<>();
                    for (Business b : list) {
                        if (owners.contains(b.owner())) {
                            known.add(b);
                        } else {
                            refused.put(b.id().value(), new Problem.NotFound("member", b.owner().value()));
                        }
                    }
                    return (known.isEmpty() ? Either.<Problem, BatchOutcome>right(new BatchOutcome(List.of(), Map.of()))
                            : writer.write(tenant, known)).map(o -> {
                                refused.putAll(o.refused());
                                return new BatchOutcome(o.written(), refused);
                            });
                });
    }

    Business business(Checks checks, TenantId tenant, RegisterBusiness c) {
        int before = checks.violations().size();
        BusinessId id = c.id() == null ? new BusinessId(ports.ids().newId()) : checks.take(BusinessId.of(c.id()));
        String name = checks.text("name", c.name(), 1, 120);
        String category = checks.text("category", c.category(), 1, 60);
        UserId owner = checks.take(UserId.of(c.owner()));
        String description = checks.optionalText("description", c.description(), 0, 2000);
        URI website = c.website() == null || c.website().isBlank() ? null : WebLinks.check(checks, "website", c.website());
        Instant now = ports.clock().instant();
        return checks.violations().size() > before ? null : new Business(tenant, id, name, category, owner,
                Option.of(description).filter(s -> !s.isEmpty()), Option.of(website), false, BusinessStatus.PENDING,
                now, now, Revision.INITIAL);
    }

    Resource resource(Checks checks, TenantId tenant, AddResource c) {
        int before = checks.violations().size();
        ResourceId id = c.id() == null ? new ResourceId(ports.ids().newId()) : checks.take(ResourceId.of(c.id()));
        String title = checks.text("title", c.title(), 1, 200);
        ResourceType type = checks.enumValue("type", c.type(), ResourceType.class);
        URI url = WebLinks.check(checks, "url", c.url());
        List<String> tags = Labels.of(checks, "tags", c.tags(), 20, 40, true);
        ResourceStatus status = c.status() == null ? ResourceStatus.PUBLISHED
                : checks.enumValue("status", c.status(), ResourceStatus.class);
        Instant now = ports.clock().instant();
        return checks.violations().size() > before ? null
                : new Resource(tenant, id, title, type, url, tags, status, now, now, Revision.INITIAL);
    }
}
