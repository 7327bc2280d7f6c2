package dev.portside.application.circles;

import dev.portside.application.circles.CommunityCommands.ImportBusiness;
import dev.portside.application.circles.CommunityCommands.ImportBusinesses;
import dev.portside.application.circles.CommunityCommands.ImportCircle;
import dev.portside.application.circles.CommunityCommands.ImportComment;
import dev.portside.application.circles.CommunityCommands.ImportMember;
import dev.portside.application.circles.CommunityCommands.ImportMembers;
import dev.portside.application.circles.CommunityCommands.ImportMembership;
import dev.portside.application.circles.CommunityCommands.ImportResource;
import dev.portside.application.circles.CommunityCommands.ImportResources;
import dev.portside.application.circles.CommunityCommands.ImportStory;
import dev.portside.application.circles.CommunityCommands.Stored;
import dev.portside.domain.circles.BatchOutcome;
import dev.portside.domain.circles.Business;
import dev.portside.domain.circles.BusinessStatus;
import dev.portside.domain.circles.Circle;
import dev.portside.domain.circles.CircleChange;
import dev.portside.domain.circles.CircleId;
import dev.portside.domain.circles.CircleRules;
import dev.portside.domain.circles.CircleStats;
import dev.portside.domain.circles.CircleStatus;
import dev.portside.domain.circles.Comment;
import dev.portside.domain.circles.Member;
import dev.portside.domain.circles.MemberStats;
import dev.portside.domain.circles.Membership;
import dev.portside.domain.circles.MembershipStatus;
import dev.portside.domain.circles.Resource;
import dev.portside.domain.circles.Role;
import dev.portside.domain.circles.Story;
import dev.portside.domain.circles.StoryStatus;
import dev.portside.domain.circles.StoredFacts;
import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Imports of what another system stored, kept as facts: times, flags, counters, statuses and roles are taken as
 * given (checked like any input, refused with every violation), not re-enacted as if they happened now. Each item
 * is one atomic write of the repositories — a member with its email claim, a circle with its owner's membership, a
 * membership with its circle's member count, a story with its votes and comment count, a comment — so an import
 * that stops anywhere leaves no item half-written. An item already stored is AlreadyExists, so running an import
 * again writes nothing twice. With {@code dryRun} every check runs against the store, nothing is written.
 */
public final class ImportUseCases {

    private final Ports ports;
    private final CircleUseCases circles;
    private final StoryUseCases stories;
    private final MarketUseCases market;

    ImportUseCases(Ports ports, CircleUseCases circles, StoryUseCases stories, MarketUseCases market) {
        this.ports = ports;
        this.circles = circles;
        this.stories = stories;
        this.market = market;
    }

    public Either<Problem, ImportReport> members(ImportMembers c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Instant now = ports.clock().instant();
        return Bulk.run(c.tenant(), c.members(), (checks, tenant, m) -> member(checks, tenant, m, now),
                List.of(new Bulk.Key<>("member", (Member m) -> m.id().value()),
                        new Bulk.Key<>("member email", (Member m) -> m.email().value())),
                c.dryRun() ? this::membersPresent : ports.members()::createAll);
    }

    public Either<Problem, Circle> circle(ImportCircle c) {
        if (c == null || c.circle() == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.circle().tenant());
        Instant now = ports.clock().instant();
        StoredFacts.Times times = StoredFacts.times(checks, stored(c.stored()).createdAt(),
                stored(c.stored()).updatedAt(), now);
        Circle fresh = circles.circle(checks, tenant, c.circle(), now);
        CircleStatus status = c.status() == null || c.status().isBlank() ? CircleStatus.ACTIVE
                : checks.enumValue("status", c.status(), CircleStatus.class);
        int week = (int) checks.range("postsThisWeek", c.postsThisWeek(), 0, Integer.MAX_VALUE);
        int month = (int) checks.range("postsThisMonth", c.postsThisMonth(), 0, Integer.MAX_VALUE);
        checks.require(week <= month || month < 0, "postsThisWeek", week, "must not exceed postsThisMonth");
        Instant ownerJoined = StoredFacts.time(checks, "ownerJoinedAt", c.ownerJoinedAt(), now);
        return checks.build(() -> new Circle(tenant, fresh.id(), fresh.name(), fresh.description(), fresh.type(),
                        fresh.privacy(), fresh.settings(), fresh.tags(),
                        CircleStats.imported(1, week, month, times.updatedAt()), fresh.owner(), status,
                        times.createdAt(), times.updatedAt(), Revision.INITIAL))
                .flatMap(circle -> Checks.found(ports.members().get(tenant, circle.owner()), "member", circle.owner())
                        .flatMap(owner -> {
                            Membership ownership = CircleUseCases.ownership(circle,
                                    ownerJoined == null ? circle.createdAt() : ownerJoined);
                            return c.dryRun() ? absent(ports.circles().get(tenant, circle.id()), "circle",
                                    circle.id().value(), circle) : ports.circles().create(circle, ownership);
                        }));
    }

    public Either<Problem, Membership> membership(ImportMembership c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        CircleId circle = checks.take(CircleId.of(c.circle()));
        UserId member = checks.take(UserId.of(c.member()));
        Role role = c.role() == null || c.role().isBlank() ? Role.MEMBER : checks.enumValue("role", c.role(), Role.class);
        MembershipStatus status = c.status() == null || c.status().isBlank() ? MembershipStatus.ACTIVE
                : checks.enumValue("status", c.status(), MembershipStatus.class);
        Instant now = ports.clock().instant();
        Instant joined = StoredFacts.time(checks, "joinedAt", c.joinedAt(), now);
        return checks.build(() -> member)
                .flatMap(uid -> Checks.found(ports.members().get(tenant, uid), "member", uid))
                .flatMap(m -> Checks.found(ports.circles().get(tenant, circle), "circle", circle))
                .flatMap(ci -> ports.circles().membership(tenant, circle, member)
                        .flatMap(existing -> CircleRules.importStored(ci, existing, new Membership(tenant, circle,
                                member, role, status, joined == null ? ci.createdAt() : joined, null, Revision.INITIAL))))
                .flatMap(change -> c.dryRun() ? Either.right(change) : ports.circles().apply(change))
                .map(change -> change.writes().get(0).membership());
    }

    public Either<Problem, Story> story(ImportStory c) {
        if (c == null || c.story() == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.story().tenant());
        Instant now = ports.clock().instant();
        StoredFacts.Times times = StoredFacts.times(checks, stored(c.stored()).createdAt(),
                stored(c.stored()).updatedAt(), now);
        Story fresh = stories.story(checks, tenant, c.story(), now);
        StoryStatus status = c.status() == null || c.status().isBlank() ? StoryStatus.PUBLISHED
                : checks.enumValue("status", c.status(), StoryStatus.class);
        long votes = StoredFacts.count(checks, "helpfulVotes", c.helpfulVotes());
        long comments = StoredFacts.count(checks, "comments", c.comments());
        return checks.build(() -> new Story(tenant, fresh.id(), fresh.author(), fresh.circle(), fresh.title(),
                        fresh.body(), fresh.tags(), status, votes, comments, times.createdAt(), times.updatedAt(),
                        Revision.INITIAL))
                .flatMap(story -> Checks.found(ports.members().get(tenant, story.author()), "member", story.author())
                        .flatMap(author -> story.circle().isEmpty() ? Either.<Problem, Object>right(author)
                                : Checks.found(ports.circles().get(tenant, story.circle().get()), "circle",
                                story.circle().get()))
                        .flatMap(ok -> c.dryRun() ? absent(ports.stories().get(tenant, story.id()), "story",
                                story.id().value(), story) : ports.stories().create(story)));
    }

    public Either<Problem, Comment> comment(ImportComment c) {
        if (c == null || c.comment() == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.comment().tenant());
        Instant now = ports.clock().instant();
        Instant written = StoredFacts.time(checks, "createdAt", c.createdAt(), now);
        Comment fresh = stories.comment(checks, tenant, c.comment(), written == null ? now : written);
        return checks.build(() -> fresh)
                .flatMap(comment -> Checks.found(ports.stories().get(tenant, comment.story()), "story", comment.story())
                        .flatMap(s -> Checks.found(ports.members().get(tenant, comment.author()), "member",
                                comment.author()))
                        .flatMap(m -> c.dryRun() ? commentAbsent(comment) : ports.stories().addComment(comment)));
    }

    public Either<Problem, ImportReport> businesses(ImportBusinesses c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Instant now = ports.clock().instant();
        Bulk.Writer<Business> write = c.dryRun()
                ? (tenant, list) -> present(tenant, list, b -> b.id().value(), b -> ports.businesses().get(tenant, b.id()))
                : ports.businesses()::createAll;
        return Bulk.run(c.tenant(), c.businesses(), (checks, tenant, b) -> business(checks, tenant, b, now),
                List.of(new Bulk.Key<>("business", (Business b) -> b.id().value())),
                (tenant, list) -> market.withKnownOwners(tenant, list, write));
    }

    public Either<Problem, ImportReport> resources(ImportResources c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Instant now = ports.clock().instant();
        return Bulk.run(c.tenant(), c.resources(), (checks, tenant, r) -> resource(checks, tenant, r, now),
                List.of(new Bulk.Key<>("resource", (Resource r) -> r.id().value())),
                c.dryRun() ? (tenant, list) -> present(tenant, list, r -> r.id().value(),
                        r -> ports.resources().get(tenant, r.id())) : ports.resources()::createAll);
    }

    private Member member(Checks checks, TenantId tenant, ImportMember m, Instant now) {
        int before = checks.violations().size();
        UserId id = m.id() == null ? new UserId(ports.ids().newId()) : checks.take(UserId.of(m.id()));
        MemberFactory.Parts parts = MemberFactory.check(checks, m.form());
        StoredFacts.Times times = StoredFacts.times(checks, stored(m.stored()).createdAt(),
                stored(m.stored()).updatedAt(), now);
        Instant lastActive = StoredFacts.time(checks, "lastActive", m.lastActive(), now);
        MemberStats stats = new MemberStats(StoredFacts.count(checks, "storiesShared", m.storiesShared()),
                StoredFacts.count(checks, "helpfulVotes", m.helpfulVotes()),
                StoredFacts.count(checks, "circlesJoined", m.circlesJoined()),
                StoredFacts.count(checks, "comments", m.comments()));
        return checks.violations().size() > before ? null : new Member(tenant, id, parts.email(), parts.profile(),
                parts.preferences(), parts.settings(), parts.goals(), m.verified(), m.active(), stats,
                lastActive == null ? times.updatedAt() : lastActive, times.createdAt(), times.updatedAt(),
                Revision.INITIAL);
    }

    private Business business(Checks checks, TenantId tenant, ImportBusiness b, Instant now) {
        int before = checks.violations().size();
        Business fresh = b.business() == null ? checks.notNull("business", null) : market.business(checks, tenant,
                b.business());
        BusinessStatus status = b.status() == null || b.status().isBlank() ? BusinessStatus.PENDING
                : checks.enumValue("status", b.status(), BusinessStatus.class);
        StoredFacts.Times times = StoredFacts.times(checks, stored(b.stored()).createdAt(),
                stored(b.stored()).updatedAt(), now);
        return checks.violations().size() > before ? null : new Business(tenant, fresh.id(), fresh.name(),
                fresh.category(), fresh.owner(), fresh.description(), fresh.website(), b.verified(), status,
                times.createdAt(), times.updatedAt(), Revision.INITIAL);
    }

    private Resource resource(Checks checks, TenantId tenant, ImportResource r, Instant now) {
        int before = checks.violations().size();
        Resource fresh = r.resource() == null ? checks.notNull("resource", null) : market.resource(checks, tenant,
                r.resource());
        StoredFacts.Times times = StoredFacts.times(checks, stored(r.stored()).createdAt(),
                stored(r.stored()).updatedAt(), now);
        return checks.violations().size() > before ? null : new Resource(tenant, fresh.id(), fresh.title(),
                fresh.type(), fresh.url(), fresh.tags(), fresh.status(), times.createdAt(), times.updatedAt(),
                Revision.INITIAL);
    }

    private static Stored stored(Stored s) {
        return s == null ? Stored.NOW : s;
    }

    /** The dry run of a bulk member import: ids and emails already taken in the store are refused as a write would. */
    private Either<Problem, BatchOutcome> membersPresent(TenantId tenant, List<Member> list) {
        return ports.members().getAll(tenant, list.stream().map(Member::id).toList()).flatMap(found -> {
            Map<String, Problem> refused = new HashMap<>();
            found.forEach(m -> refused.put(m.id().value(), new Problem.AlreadyExists("member", m.id().value())));
            List<String> written = new ArrayList<>();
            for (Member m : list) {
                if (refused.containsKey(m.id().value())) {
                    continue;
                }
                Either<Problem, Option<Member>> claim = ports.members().byEmail(tenant, m.email());
                if (claim.isLeft()) {
                    return Either.left(claim.getLeft());
                }
                if (claim.get().isDefined()) {
                    refused.put(m.id().value(), new Problem.AlreadyExists("member email", m.email().value()));
                } else {
                    written.add(m.id().value());
                }
            }
            return Either.right(new BatchOutcome(written, refused));
        });
    }

    /** The dry run of a bulk directory import: ids already stored are refused as a write would. */
    private static <T> Either<Problem, BatchOutcome> present(TenantId tenant, List<T> list, Function<T, String> id,
                                                             Function<T, Either<Problem, ? extends Option<?>>> get) {
        Map<String, Problem> refused = new HashMap<>();
        List<String> written = new ArrayList<>();
        for (T item : list) {
            Either<Problem, ? extends Option<?>> found = get.apply(item);
            if (found.isLeft()) {
                return Either.left(found.getLeft());
            }
            if (found.get().isDefined()) {
                refused.put(id.apply(item), new Problem.AlreadyExists("item", id.apply(item)));
            } else {
                written.add(id.apply(item));
            }
        }
        return Either.right(new BatchOutcome(written, refused));
    }

    private static <T> Either<Problem, T> absent(Either<Problem, ? extends Option<?>> stored, String kind, String id,
                                                 T item) {
        return stored.flatMap(o -> o.isDefined() ? Either.left(new Problem.AlreadyExists(kind, id))
                : Either.right(item));
    }

    /** A comment is already there when its story lists its id; read page by page, oldest first. */
    private Either<Problem, Comment> commentAbsent(Comment comment) {
        PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            var listed = ports.stories().comments(comment.tenant(), comment.story(), page);
            if (listed.isLeft()) {
                return Either.left(listed.getLeft());
            }
            if (listed.get().items().stream().anyMatch(k -> k.id().equals(comment.id()))) {
                return Either.left(new Problem.AlreadyExists("comment", comment.story() + "/" + comment.id()));
            }
            if (listed.get().next().isEmpty()) {
                return Either.right(comment);
            }
            page = new PageRequest(PageRequest.MAX_LIMIT, listed.get().next());
        }
    }
}
