package dev.portside.application.circles;

import dev.portside.application.circles.CommunityCommands.ApproveMember;
import dev.portside.application.circles.CommunityCommands.ChangeRole;
import dev.portside.application.circles.CommunityCommands.CreateCircle;
import dev.portside.application.circles.CommunityCommands.DeleteCircle;
import dev.portside.application.circles.CommunityCommands.GetCircle;
import dev.portside.application.circles.CommunityCommands.JoinCircle;
import dev.portside.application.circles.CommunityCommands.LeaveCircle;
import dev.portside.application.circles.CommunityCommands.ListCircleMembers;
import dev.portside.application.circles.CommunityCommands.ListCirclesByType;
import dev.portside.application.circles.CommunityCommands.ListCirclesOfMember;
import dev.portside.application.circles.CommunityCommands.RemoveMember;
import dev.portside.application.circles.CommunityCommands.TransferOwnership;
import dev.portside.domain.circles.Circle;
import dev.portside.domain.circles.CircleChange;
import dev.portside.domain.circles.CircleId;
import dev.portside.domain.circles.CirclePrivacy;
import dev.portside.domain.circles.CircleRules;
import dev.portside.domain.circles.CircleSettings;
import dev.portside.domain.circles.CircleStats;
import dev.portside.domain.circles.CircleStatus;
import dev.portside.domain.circles.CircleType;
import dev.portside.domain.circles.DeletionRules;
import dev.portside.domain.circles.Labels;
import dev.portside.domain.circles.MemberStats;
import dev.portside.domain.circles.Membership;
import dev.portside.domain.circles.MembershipStatus;
import dev.portside.domain.circles.MembershipWrite;
import dev.portside.domain.circles.Role;
import dev.portside.domain.kernel.UserId;
import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Retry;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.UseCaseObserver;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;

/**
 * The circles of a {@link Community}: creation and the membership lifecycle. Each rule loads the circle and
 * memberships, asks {@link CircleRules} for the change and applies it atomically; a lost race on the circle's
 * revision is reloaded and re-decided (never blindly re-applied).
 */
public final class CircleUseCases {

    private static final String CONTEXT = "circles";

    static final int RACE_ATTEMPTS = 100;

    private final Ports ports;
    private final MemberUseCases members;
    private final UseCaseObserver observer;

    CircleUseCases(Ports ports, MemberUseCases members,
                   UseCaseObserver observer) {
        this.ports = ports;
        this.members = members;
        this.observer = observer;
    }

    public Either<Problem, Circle> create(CreateCircle c) {
        return observer.observe(CONTEXT, "circles.create", () -> createUnobserved(c));
    }

    private Either<Problem, Circle> createUnobserved(CreateCircle c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        Instant now = ports.clock().instant();
        Circle parsed = circle(checks, tenant, c, now);
        return checks.build(() -> parsed)
                .flatMap(circle -> Checks.found(ports.members().get(tenant, circle.owner()), "member", circle.owner())
                        .flatMap(m -> ports.circles().create(circle, ownership(circle, now))))
                .peek(circle -> members.addStats(tenant, circle.owner(), new MemberStats(0, 0, 1, 0)));
    }

    /** A new ACTIVE circle from {@code c}, its owner its one member, or null with the violations added to {@code checks}. */
    Circle circle(Checks checks, TenantId tenant, CreateCircle c, Instant now) {
        int before = checks.violations().size();
        CircleId id = c.id() == null ? new CircleId(ports.ids().newId()) : checks.take(CircleId.of(c.id()));
        UserId owner = checks.take(UserId.of(c.owner()));
        String name = checks.text("name", c.name(), 1, 100);
        String description = checks.optionalText("description", c.description(), 0, 2000);
        CircleType type = checks.enumValue("type", c.type(), CircleType.class);
        CirclePrivacy privacy = checks.enumValue("privacy", c.privacy(), CirclePrivacy.class);
        CircleSettings settings = CircleSettings.check(checks, c.requireApproval(), c.maxMembers(), c.culturalFocus(),
                c.moderationLevel());
        List<String> tags = Labels.of(checks, "tags", c.tags(), 20, 40, true);
        return checks.violations().size() > before ? null : new Circle(tenant, id,
                name, Option.of(description).filter(s -> !s.isEmpty()), type, privacy, settings, tags,
                CircleStats.start(now).withMembers(1), owner, CircleStatus.ACTIVE, now, now, Revision.INITIAL);
    }

    /** The owner's ACTIVE OWNER membership, created with the circle. */
    static Membership ownership(Circle circle, Instant joinedAt) {
        return new Membership(circle.tenant(), circle.id(), circle.owner(), Role.OWNER, MembershipStatus.ACTIVE,
                joinedAt, joinedAt, Revision.INITIAL);
    }

    public Either<Problem, Circle> get(GetCircle c) {
        return observer.observe(CONTEXT, "circles.get", () -> getUnobserved(c));
    }

    private Either<Problem, Circle> getUnobserved(GetCircle c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        CircleId id = checks.take(CircleId.of(c.id()));
        return checks.build(() -> id).flatMap(cid -> Checks.found(ports.circles().get(tenant, cid), "circle", cid));
    }

    /** The owner deletes the circle with every membership; the circle's stories stay their authors'. */
    public Either<Problem, CircleId> delete(DeleteCircle c) {
        return observer.observe(CONTEXT, "circles.delete", () -> deleteUnobserved(c));
    }

    private Either<Problem, CircleId> deleteUnobserved(DeleteCircle c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        CircleId id = checks.take(CircleId.of(c.id()));
        UserId actor = checks.take(UserId.of(c.actor()));
        Revision expected = checks.revision(c.expectedRevision());
        return checks.build(() -> id)
                .flatMap(cid -> Checks.found(ports.circles().get(tenant, cid), "circle", cid))
                .flatMap(circle -> DeletionRules.circle(circle, expected, actor))
                .flatMap(circle -> ports.circles().delete(tenant, id, expected));
    }

    public Either<Problem, Membership> join(JoinCircle c) {
        return observer.observe(CONTEXT, "circles.join", () -> joinUnobserved(c));
    }

    private Either<Problem, Membership> joinUnobserved(JoinCircle c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        CircleId circle = checks.take(CircleId.of(c.circle()));
        UserId member = checks.take(UserId.of(c.member()));
        return checks.build(() -> member)
                .flatMap(uid -> Checks.found(ports.members().get(tenant, uid), "member", uid))
                .flatMap(m -> race(() -> Checks.found(ports.circles().get(tenant, circle), "circle", circle)
                        .flatMap(ci -> ports.circles().membership(tenant, circle, member)
                                .flatMap(existing -> CircleRules.join(ci, existing, member, ports.clock().instant())))
                        .flatMap(change -> ports.circles().apply(change))))
                .map(change -> change.writes().get(0).membership())
                .peek(ms -> countJoin(tenant, ms));
    }

    public Either<Problem, Membership> approve(ApproveMember c) {
        return observer.observe(CONTEXT, "circles.approve", () -> approveUnobserved(c));
    }

    private Either<Problem, Membership> approveUnobserved(ApproveMember c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        return act(Checks.start(), c.tenant(), c.circle(), c.actor(), c.member(),
                (circle, actor, target) -> CircleRules.approve(circle, actor, target, ports.clock().instant()))
                .peek(ms -> countJoin(ms.tenant(), ms));
    }

    public Either<Problem, Membership> remove(RemoveMember c) {
        return observer.observe(CONTEXT, "circles.remove", () -> removeUnobserved(c));
    }

    private Either<Problem, Membership> removeUnobserved(RemoveMember c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        return act(Checks.start(), c.tenant(), c.circle(), c.actor(), c.member(),
                (circle, actor, target) -> CircleRules.remove(circle, actor, target, ports.clock().instant()));
    }

    public Either<Problem, Membership> transferOwnership(TransferOwnership c) {
        return observer.observe(CONTEXT, "circles.transferOwnership", () -> transferOwnershipUnobserved(c));
    }

    private Either<Problem, Membership> transferOwnershipUnobserved(TransferOwnership c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        return act(Checks.start(), c.tenant(), c.circle(), c.actor(), c.member(),
                (circle, actor, target) -> CircleRules.transfer(circle, actor, target, ports.clock().instant()));
    }

    public Either<Problem, Membership> changeRole(ChangeRole c) {
        return observer.observe(CONTEXT, "circles.changeRole", () -> changeRoleUnobserved(c));
    }

    private Either<Problem, Membership> changeRoleUnobserved(ChangeRole c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        Role role = checks.enumValue("role", c.role(), Role.class);
        return act(checks, c.tenant(), c.circle(), c.actor(), c.member(),
                (circle, actor, target) -> CircleRules.changeRole(circle, actor, target, role, ports.clock().instant()));
    }

    public Either<Problem, Membership> leave(LeaveCircle c) {
        return observer.observe(CONTEXT, "circles.leave", () -> leaveUnobserved(c));
    }

    private Either<Problem, Membership> leaveUnobserved(LeaveCircle c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        CircleId circle = checks.take(CircleId.of(c.circle()));
        UserId member = checks.take(UserId.of(c.member()));
        return checks.build(() -> circle)
                .flatMap(cid -> race(() -> Checks.found(ports.circles().get(tenant, cid), "circle", cid)
                        .flatMap(ci -> Checks.found(ports.circles().membership(tenant, cid, member), "membership",
                                cid + "/" + member)
                                .flatMap(own -> CircleRules.leave(ci, own, ports.clock().instant())))
                        .flatMap(change -> ports.circles().apply(change))))
                .map(change -> change.writes().get(0).membership());
    }

    public Either<Problem, Page<Membership>> members(ListCircleMembers c) {
        return observer.observe(CONTEXT, "circles.members", () -> membersUnobserved(c));
    }

    private Either<Problem, Page<Membership>> membersUnobserved(ListCircleMembers c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        CircleId circle = checks.take(CircleId.of(c.circle()));
        Option<Role> role = checks.optionalEnum("role", c.role(), Role.class);
        Option<MembershipStatus> status = checks.optionalEnum("status", c.status(), MembershipStatus.class);
        PageRequest page = checks.page(c.limit(), c.after());
        return checks.build(() -> circle).flatMap(cid -> ports.circles().members(tenant, cid, role, status, page));
    }

    public Either<Problem, Page<Membership>> circlesOf(ListCirclesOfMember c) {
        return observer.observe(CONTEXT, "circles.circlesOf", () -> circlesOfUnobserved(c));
    }

    private Either<Problem, Page<Membership>> circlesOfUnobserved(ListCirclesOfMember c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        UserId member = checks.take(UserId.of(c.member()));
        Option<MembershipStatus> status = checks.optionalEnum("status", c.status(), MembershipStatus.class);
        PageRequest page = checks.page(c.limit(), c.after());
        return checks.build(() -> member).flatMap(uid -> ports.circles().circlesOf(tenant, uid, status, page));
    }

    public Either<Problem, Page<Circle>> byType(ListCirclesByType c) {
        return observer.observe(CONTEXT, "circles.byType", () -> byTypeUnobserved(c));
    }

    private Either<Problem, Page<Circle>> byTypeUnobserved(ListCirclesByType c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        CircleType type = checks.enumValue("type", c.type(), CircleType.class);
        PageRequest page = checks.page(c.limit(), c.after());
        return checks.build(() -> type).flatMap(t -> ports.circles().byType(tenant, t, c.includeArchived(), page));
    }

    /** Records one more post in the circle's weekly/monthly counters (commutative, retried). */
    Either<Problem, Circle> countPost(TenantId tenant, CircleId id) {
        return Retry.onConflict(MemberUseCases.STATS_ATTEMPTS,
                () -> Checks.found(ports.circles().get(tenant, id), "circle", id).flatMap(ci -> ports.circles()
                        .apply(CircleChange.of(ci.withStats(ci.stats().withPost(ports.clock().instant()),
                                ports.clock().instant())))))
                .map(CircleChange::circle);
    }

    @FunctionalInterface
    private interface Rule {
        Either<Problem, CircleChange> decide(Circle circle, Option<Membership> actor, Membership target);
    }

    /** Checks the acting member's command (with what {@code checks} already holds) and applies the rule. */
    private Either<Problem, Membership> act(Checks checks, String tenantValue, String circleValue, String actorValue,
                                            String memberValue, Rule rule) {
        TenantId tenant = checks.tenant(tenantValue);
        CircleId circle = checks.take(CircleId.of(circleValue));
        UserId actor = checks.take(UserId.of(actorValue));
        UserId member = checks.take(UserId.of(memberValue));
        return checks.build(() -> circle)
                .flatMap(cid -> race(() -> Checks.found(ports.circles().get(tenant, cid), "circle", cid)
                        .flatMap(ci -> ports.circles().membership(tenant, cid, actor)
                                .flatMap(a -> Checks.found(ports.circles().membership(tenant, cid, member),
                                        "membership", cid + "/" + member)
                                        .flatMap(t -> rule.decide(ci, a, t))))
                        .flatMap(change -> ports.circles().apply(change))))
                .map(change -> change.writes().stream()
                        .map(MembershipWrite::membership)
                        .filter(m -> m.member().equals(member))
                        .findFirst().orElseThrow());
    }

    private void countJoin(TenantId tenant, Membership ms) {
        if (ms.active()) {
            members.addStats(tenant, ms.member(), new MemberStats(0, 0, 1, 0));
        }
    }

    private static Either<Problem, CircleChange> race(java.util.function.Supplier<Either<Problem, CircleChange>> a) {
        return Retry.onConflict(RACE_ATTEMPTS, a);
    }
}
