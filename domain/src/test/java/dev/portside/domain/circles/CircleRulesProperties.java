package dev.portside.domain.circles;

import dev.portside.domain.kernel.UserId;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class CircleRulesProperties {

    private static final Instant NOW = Instant.parse("2026-01-05T08:00:00Z");
    private static final TenantId T = TenantId.DEFAULT;

    private static Circle circle(CirclePrivacy privacy, boolean approval, int max, int members) {
        return new Circle(T, new CircleId("c"), "C", Option.none(), CircleType.SOCIAL, privacy,
                new CircleSettings(approval, max, List.of(), ModerationLevel.LIGHT), List.of(),
                CircleStats.start(NOW).withMembers(members), new UserId("owner"), CircleStatus.ACTIVE, NOW, NOW,
                Revision.INITIAL);
    }

    private static Membership membership(String who, Role role, MembershipStatus status) {
        return new Membership(T, new CircleId("c"), new UserId(who), role, status, NOW, NOW, Revision.INITIAL);
    }

    @Property
    void joining_an_open_circle_below_capacity_adds_one_active_member(
            @ForAll @IntRange(min = 2, max = 10_000) int max, @ForAll @IntRange(min = 1, max = 10_000) int members) {
        Circle c = circle(CirclePrivacy.PUBLIC, false, max, Math.min(members, max));
        Either<Problem, CircleChange> r = CircleRules.join(c, Option.none(), new UserId("u"), NOW);
        if (c.stats().memberCount() < max) {
            assertThat(r.get().circle().stats().memberCount()).isEqualTo(c.stats().memberCount() + 1);
            assertThat(r.get().writes().get(0).membership().status()).isEqualTo(MembershipStatus.ACTIVE);
        } else {
            assertThat(r.getLeft()).isEqualTo(new Problem.Rejected("circle-full",
                    "circle c is full (" + max + " members)"));
        }
    }

    @Property
    void joining_a_private_or_approval_circle_waits_and_leaves_the_count_alone(
            @ForAll boolean privateCircle, @ForAll @IntRange(min = 1, max = 50) int members) {
        Circle c = circle(privateCircle ? CirclePrivacy.PRIVATE : CirclePrivacy.PUBLIC, !privateCircle, 50, members);
        CircleChange change = CircleRules.join(c, Option.none(), new UserId("u"), NOW).get();
        assertThat(change.writes().get(0).membership().status()).isEqualTo(MembershipStatus.PENDING);
        assertThat(change.circle().stats().memberCount()).isEqualTo(members);
    }

    @Property
    void a_second_join_is_already_exists_unless_the_member_was_removed(@ForAll MembershipStatus status) {
        Either<Problem, CircleChange> r = CircleRules.join(circle(CirclePrivacy.PUBLIC, false, 10, 1),
                Option.of(membership("u", Role.MEMBER, status)), new UserId("u"), NOW);
        assertThat(r.getLeft()).isInstanceOf(status == MembershipStatus.REMOVED
                ? Problem.Rejected.class : Problem.AlreadyExists.class);
    }

    @Property
    void only_an_active_moderator_or_above_approves(@ForAll Role role, @ForAll MembershipStatus status) {
        Either<Problem, CircleChange> r = CircleRules.approve(circle(CirclePrivacy.PRIVATE, true, 10, 1),
                Option.of(membership("a", role, status)), membership("u", Role.MEMBER, MembershipStatus.PENDING), NOW);
        assertThat(r.isRight()).isEqualTo(role.atLeast(Role.MODERATOR) && status == MembershipStatus.ACTIVE);
        r.forEach(c -> assertThat(c.circle().stats().memberCount()).isEqualTo(2));
    }

    @Property
    void removal_needs_strictly_more_authority_and_never_touches_the_owner(@ForAll Role actor, @ForAll Role target) {
        Either<Problem, CircleChange> r = CircleRules.remove(circle(CirclePrivacy.PUBLIC, false, 10, 2),
                Option.of(membership("a", actor, MembershipStatus.ACTIVE)),
                membership("u", target, MembershipStatus.ACTIVE), NOW);
        assertThat(r.isRight()).isEqualTo(actor.atLeast(Role.MODERATOR) && actor.compareTo(target) > 0);
        r.forEach(c -> assertThat(c.circle().stats().memberCount()).isEqualTo(1));
    }

    @Property
    void a_transfer_leaves_exactly_one_owner_and_moves_the_circle_owner(@ForAll Role targetRole) {
        Membership owner = membership("owner", Role.OWNER, MembershipStatus.ACTIVE);
        Membership target = membership("u", targetRole == Role.OWNER ? Role.ADMIN : targetRole, MembershipStatus.ACTIVE);
        CircleChange c = CircleRules.transfer(circle(CirclePrivacy.PUBLIC, false, 10, 2), Option.of(owner), target,
                NOW).get();
        assertThat(c.circle().owner()).isEqualTo(new UserId("u"));
        assertThat(c.writes()).extracting(w -> w.membership().role()).containsExactly(Role.ADMIN, Role.OWNER);
    }

    @Property
    void the_owner_cannot_leave_and_anyone_else_leaving_an_active_place_frees_it(@ForAll Role role) {
        Either<Problem, CircleChange> r = CircleRules.leave(circle(CirclePrivacy.PUBLIC, false, 10, 3),
                membership("u", role, MembershipStatus.ACTIVE), NOW);
        assertThat(r.isLeft()).isEqualTo(role == Role.OWNER);
        r.forEach(c -> assertThat(c.circle().stats().memberCount()).isEqualTo(2));
    }

    @Property
    void posts_are_counted_per_week_and_month_and_restart_in_a_new_period(@ForAll @IntRange(min = 0, max = 60) int days) {
        CircleStats s = CircleStats.start(NOW).withMembers(2).withPost(NOW);
        CircleStats later = s.withPost(NOW.plusSeconds(86_400L * days));
        assertThat(later.postsThisWeek()).isEqualTo(days < 7 ? 2 : 1);
        assertThat(later.postsThisMonth()).isEqualTo(days < 27 ? 2 : 1);
    }
}
