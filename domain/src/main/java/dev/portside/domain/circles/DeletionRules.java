package dev.portside.domain.circles;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.UserId;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who may delete what, as pure functions over the loaded aggregates. Every delete names the revision it saw: another
 * stored revision is a Conflict, so nobody deletes what they have not seen. A member's deletion leaves every circle
 * (memberships deleted, member counts following) except one they own: ownership is transferred first.
 */
public final class DeletionRules {

    private DeletionRules() {
    }

    /**
     * The circle changes that take {@code member} out of every circle of {@code memberships} ({@code circles} holds
     * each of those circles): each membership deleted, the circle's member count one less for an ACTIVE one.
     */
    public static Either<Problem, List<CircleChange>> member(Member member, Revision expected,
                                                             List<Membership> memberships, Map<CircleId, Circle> circles,
                                                             Instant now) {
        if (!member.revision().equals(expected)) {
            return stale("member", member.id().value(), expected, member.revision());
        }
        List<CircleChange> leaving = new ArrayList<>();
        for (Membership m : memberships) {
            if (m.role() == Role.OWNER) {
                return reject("owner-must-transfer", "member " + member.id() + " owns circle " + m.circle()
                        + "; ownership is transferred before the member is deleted");
            }
            Circle circle = circles.get(m.circle());
            if (circle == null) {
                return Either.left(new Problem.NotFound("circle", m.circle().value()));
            }
            leaving.add(CircleChange.of(circle.withStats(circle.stats().withMembers(m.active() ? -1 : 0), now),
                    new MembershipWrite.Delete(m)));
        }
        return Either.right(List.copyOf(leaving));
    }

    /** Only the owner deletes a circle; its memberships go with it. */
    public static Either<Problem, Circle> circle(Circle circle, Revision expected, UserId actor) {
        if (!circle.revision().equals(expected)) {
            return stale("circle", circle.id().value(), expected, circle.revision());
        }
        if (!circle.owner().equals(actor)) {
            return reject("owner-required", "only the owner deletes circle " + circle.id());
        }
        return Either.right(circle);
    }

    /** The author deletes their story, or a member who may moderate it; its comments go with it. */
    public static Either<Problem, Story> story(Story story, Revision expected, UserId actor, boolean actorModerates) {
        if (!story.revision().equals(expected)) {
            return stale("story", story.id().value(), expected, story.revision());
        }
        if (!story.author().equals(actor) && !actorModerates) {
            return reject("author-or-moderator-required", "only the author or a moderator deletes story " + story.id());
        }
        return Either.right(story);
    }

    /** Only the owner deletes a business listing. */
    public static Either<Problem, Business> business(Business business, Revision expected, UserId actor) {
        if (!business.revision().equals(expected)) {
            return stale("business", business.id().value(), expected, business.revision());
        }
        if (!business.owner().equals(actor)) {
            return reject("owner-required", "only the owner deletes business " + business.id());
        }
        return Either.right(business);
    }

    private static <T> Either<Problem, T> stale(String kind, String id, Revision expected, Revision actual) {
        return Either.left(new Problem.Conflict(kind, id, expected, actual));
    }

    private static <T> Either<Problem, T> reject(String rule, String reason) {
        return Either.left(new Problem.Rejected(rule, reason));
    }
}
