package dev.portside.domain.circles;

import dev.portside.domain.kernel.UserId;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * The membership rules of a circle as pure functions: each takes the loaded circle and memberships and returns
 * the {@link CircleChange} to apply atomically, or the {@link Problem} that refuses it.
 */
public final class CircleRules {

    private CircleRules() {
    }

    public static Either<Problem, CircleChange> join(Circle circle, Option<Membership> existing, UserId member,
                                                     Instant now) {
        if (circle.status() != CircleStatus.ACTIVE) {
            return reject("circle-archived", "circle " + circle.id() + " is archived and takes no members");
        }
        if (existing.isDefined()) {
            if (existing.get().status() == MembershipStatus.REMOVED) {
                return reject("removed-cannot-rejoin", "member " + member + " was removed from circle " + circle.id());
            }
            return Either.left(new Problem.AlreadyExists("membership", circle.id() + "/" + member));
        }
        boolean direct = circle.admitsDirectly();
        if (direct && circle.full()) {
            return full(circle);
        }
        Membership m = new Membership(circle.tenant(), circle.id(), member, Role.MEMBER,
                direct ? MembershipStatus.ACTIVE : MembershipStatus.PENDING, now, now, Revision.INITIAL);
        Circle next = direct ? circle.withStats(circle.stats().withMembers(1), now) : circle.touched(now);
        return Either.right(CircleChange.of(next, new MembershipWrite.Create(m)));
    }

    public static Either<Problem, CircleChange> approve(Circle circle, Option<Membership> actor, Membership target,
                                                        Instant now) {
        if (!isModerator(actor)) {
            return reject("moderator-required", "only a moderator, admin or owner approves members");
        }
        if (target.status() != MembershipStatus.PENDING) {
            return reject("not-pending", "membership " + circle.id() + "/" + target.member() + " is " + target.status());
        }
        if (circle.full()) {
            return full(circle);
        }
        return Either.right(CircleChange.of(circle.withStats(circle.stats().withMembers(1), now),
                new MembershipWrite.Update(target.with(target.role(), MembershipStatus.ACTIVE, now))));
    }

    /** Leaving deletes the membership (a member may join again later); the owner must transfer first. */
    public static Either<Problem, CircleChange> leave(Circle circle, Membership own, Instant now) {
        if (own.role() == Role.OWNER) {
            return reject("owner-cannot-leave", "the owner must transfer ownership before leaving");
        }
        if (own.status() == MembershipStatus.REMOVED) {
            return Either.left(new Problem.NotFound("membership", circle.id() + "/" + own.member()));
        }
        int delta = own.active() ? -1 : 0;
        return Either.right(CircleChange.of(circle.withStats(circle.stats().withMembers(delta), now),
                new MembershipWrite.Delete(own)));
    }

    /** Removal keeps the membership as REMOVED so the member cannot join again; needs more authority than the target. */
    public static Either<Problem, CircleChange> remove(Circle circle, Option<Membership> actor, Membership target,
                                                       Instant now) {
        if (!isModerator(actor) || actor.get().role().compareTo(target.role()) <= 0) {
            return reject("moderator-required", "only a moderator+ with more authority than the member removes them");
        }
        if (target.status() == MembershipStatus.REMOVED) {
            return reject("already-removed", "member " + target.member() + " is already removed");
        }
        int delta = target.active() ? -1 : 0;
        return Either.right(CircleChange.of(circle.withStats(circle.stats().withMembers(delta), now),
                new MembershipWrite.Update(target.with(Role.MEMBER, MembershipStatus.REMOVED, now))));
    }

    /** Old owner becomes ADMIN, the new owner (an ACTIVE member) becomes OWNER, the circle's owner changes. */
    public static Either<Problem, CircleChange> transfer(Circle circle, Option<Membership> actor, Membership target,
                                                         Instant now) {
        if (actor.isEmpty() || actor.get().role() != Role.OWNER || !actor.get().member().equals(circle.owner())) {
            return reject("owner-required", "only the owner transfers ownership");
        }
        if (!target.active() || target.member().equals(circle.owner())) {
            return reject("active-member-required", "ownership goes to another ACTIVE member");
        }
        return Either.right(CircleChange.of(circle.withOwner(target.member(), now),
                new MembershipWrite.Update(actor.get().with(Role.ADMIN, MembershipStatus.ACTIVE, now)),
                new MembershipWrite.Update(target.with(Role.OWNER, MembershipStatus.ACTIVE, now))));
    }

    /** An ADMIN+ sets MEMBER, MODERATOR or ADMIN on an ACTIVE member below them; OWNER only moves by transfer. */
    public static Either<Problem, CircleChange> changeRole(Circle circle, Option<Membership> actor, Membership target,
                                                           Role role, Instant now) {
        if (!actor.map(a -> a.activeAs(Role.ADMIN)).getOrElse(false) || role == Role.OWNER
                || !actor.get().role().atLeast(role) || target.role() == Role.OWNER
                || (actor.get().role() != Role.OWNER && target.role().atLeast(actor.get().role()))) {
            return reject("admin-required", "only an admin+ changes roles below their own; ownership moves by transfer");
        }
        if (!target.active()) {
            return reject("active-member-required", "roles are given to ACTIVE members");
        }
        return Either.right(CircleChange.of(circle.touched(now),
                new MembershipWrite.Update(target.with(role, MembershipStatus.ACTIVE, now))));
    }

    /**
     * A membership another system stored, taken as it was (role, status, joined at): the circle's member count
     * follows its ACTIVE ones and its last change is kept. The owner's membership comes with the circle, so an
     * OWNER row of the owner already exists and one of anybody else breaks the single owner; an ACTIVE one beyond
     * the circle's maximum is refused.
     */
    public static Either<Problem, CircleChange> importStored(Circle circle, Option<Membership> existing,
                                                             Membership stored) {
        String key = circle.id() + "/" + stored.member();
        if (existing.isDefined()) {
            return Either.left(new Problem.AlreadyExists("membership", key));
        }
        if (stored.role() == Role.OWNER) {
            return circle.owner().equals(stored.member())
                    ? Either.left(new Problem.AlreadyExists("membership", key))
                    : reject("one-owner", "circle " + circle.id() + " has another owner; a circle has exactly one");
        }
        if (stored.active() && circle.full()) {
            return full(circle);
        }
        Circle next = stored.active() ? circle.withStats(circle.stats().withMembers(1), circle.updatedAt()) : circle;
        return Either.right(CircleChange.of(next, new MembershipWrite.Create(stored)));
    }

    public static boolean isModerator(Option<Membership> m) {
        return m.map(x -> x.activeAs(Role.MODERATOR)).getOrElse(false);
    }

    public static boolean canPost(Circle circle, Option<Membership> m) {
        return circle.status() == CircleStatus.ACTIVE && m.map(Membership::active).getOrElse(false);
    }

    private static Either<Problem, CircleChange> full(Circle circle) {
        return reject("circle-full", "circle " + circle.id() + " is full (" + circle.settings().maxMembers() + " members)");
    }

    private static Either<Problem, CircleChange> reject(String rule, String reason) {
        return Either.left(new Problem.Rejected(rule, reason));
    }
}
