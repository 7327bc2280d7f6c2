package dev.portside.domain.circles;

import static org.assertj.core.api.Assertions.assertThat;

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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class DeletionRulesProperties {

    private static final Instant THEN = Instant.parse("2026-01-05T08:00:00Z");
    private static final Instant NOW = THEN.plusSeconds(600);
    private static final TenantId T = TenantId.DEFAULT;
    private static final UserId ANA = new UserId("ana");

    record Seat(Role role, MembershipStatus status, int others, long circleRevision) {
    }

    @Provide
    Arbitrary<Seat> seats() {
        return Combinators.combine(Arbitraries.of(Role.class), Arbitraries.of(MembershipStatus.class),
                Arbitraries.integers().between(1, 200), Arbitraries.longs().between(1, 1000)).as(Seat::new);
    }

    private static Member ana(long revision) {
        return new Member(T, ANA, new Email("ana@example.com"), new Profile("Ana", Option.none(), List.of(),
                CommunicationStyle.GENTLE_ENCOURAGING, DiagnosisStage.MANAGING_WELL, List.of()),
                Preferences.defaults(), Settings.defaults(), List.of(), false, true, MemberStats.ZERO, THEN, THEN, THEN,
                new Revision(revision));
    }

    private static Circle circle(String id, String owner, int members, long revision) {
        return new Circle(T, new CircleId(id), "C", Option.none(), CircleType.SOCIAL, CirclePrivacy.PUBLIC,
                new CircleSettings(false, 10_000, List.of(), ModerationLevel.LIGHT), List.of(),
                CircleStats.start(THEN).withMembers(members), new UserId(owner), CircleStatus.ACTIVE, THEN, THEN,
                new Revision(revision));
    }

    /** The member's seats as memberships in circles c0.., each circle counting its ACTIVE members. */
    private static Map<CircleId, Circle> circles(List<Seat> seats) {
        Map<CircleId, Circle> circles = new HashMap<>();
        for (int i = 0; i < seats.size(); i++) {
            Seat s = seats.get(i);
            int members = s.others() + (s.status() == MembershipStatus.ACTIVE ? 1 : 0);
            circles.put(new CircleId("c" + i), circle("c" + i, s.role() == Role.OWNER ? "ana" : "own", members,
                    s.circleRevision()));
        }
        return circles;
    }

    private static List<Membership> memberships(List<Seat> seats) {
        List<Membership> memberships = new ArrayList<>();
        for (int i = 0; i < seats.size(); i++) {
            memberships.add(new Membership(T, new CircleId("c" + i), ANA, seats.get(i).role(), seats.get(i).status(),
                    THEN, THEN, new Revision(i + 1)));
        }
        return memberships;
    }

    @Property
    void a_deleted_member_leaves_every_circle_once_and_each_count_loses_exactly_its_active_seat(
            @ForAll @Size(max = 40) List<@From("seats") Seat> drawn, @ForAll @IntRange(min = 1, max = 50) int revision) {
        List<Seat> seats = drawn.stream().filter(s -> s.role() != Role.OWNER).toList();
        Map<CircleId, Circle> circles = circles(seats);
        List<Membership> memberships = memberships(seats);
        List<CircleChange> leaving = DeletionRules.member(ana(revision), new Revision(revision), memberships, circles,
                NOW).get();
        assertThat(leaving).hasSize(seats.size());
        for (int i = 0; i < seats.size(); i++) {
            CircleChange change = leaving.get(i);
            Circle before = circles.get(new CircleId("c" + i));
            assertThat(change.writes()).containsExactly(new MembershipWrite.Delete(memberships.get(i)));
            assertThat(change.circle().revision()).isEqualTo(before.revision());
            assertThat(change.circle().stats().memberCount()).isEqualTo(seats.get(i).others());
            assertThat(change.circle().owner()).isEqualTo(before.owner());
            assertThat(change.circle().updatedAt()).isEqualTo(NOW);
        }
    }

    @Property
    void a_member_owning_any_circle_is_not_deleted(@ForAll @Size(min = 1, max = 20) List<@From("seats") Seat> seats,
                                                  @ForAll @IntRange(max = 19) int ownerAt) {
        List<Seat> withOwner = new ArrayList<>(seats);
        int at = ownerAt % seats.size();
        Seat s = withOwner.get(at);
        withOwner.set(at, new Seat(Role.OWNER, MembershipStatus.ACTIVE, s.others(), s.circleRevision()));
        Either<Problem, List<CircleChange>> refused = DeletionRules.member(ana(3), new Revision(3),
                memberships(withOwner), circles(withOwner), NOW);
        assertThat(refused.getLeft()).isInstanceOf(Problem.Rejected.class);
        assertThat(((Problem.Rejected) refused.getLeft()).rule()).isEqualTo("owner-must-transfer");
    }

    @Property
    void a_delete_naming_another_revision_is_a_conflict_whatever_else_holds(
            @ForAll @Size(max = 10) List<@From("seats") Seat> seats, @ForAll @IntRange(min = 1, max = 9) int stored,
            @ForAll @IntRange(min = 1, max = 9) int named, @ForAll boolean actorIsOwner, @ForAll boolean moderates) {
        Revision expected = new Revision(named);
        Revision actual = new Revision(stored);
        UserId actor = actorIsOwner ? ANA : new UserId("other");
        Circle circle = circle("c", "ana", 3, stored);
        Story story = new Story(T, new StoryId("s"), ANA, Option.none(), "T", "B", List.of(), StoryStatus.PUBLISHED,
                0, 0, THEN, THEN, actual);
        Business business = new Business(T, new BusinessId("b"), "B", "food", ANA, Option.none(), Option.none(), false,
                BusinessStatus.values()[0], THEN, THEN, actual);
        List<Either<Problem, ?>> answers = List.of(
                DeletionRules.member(ana(stored), expected, memberships(seats), circles(seats), NOW),
                DeletionRules.circle(circle, expected, actor),
                DeletionRules.story(story, expected, actor, moderates),
                DeletionRules.business(business, expected, actor));
        List<String> kinds = List.of("member", "circle", "story", "business");
        for (int i = 0; i < answers.size(); i++) {
            Either<Problem, ?> answer = answers.get(i);
            if (stored != named) {
                assertThat(answer.getLeft()).isEqualTo(new Problem.Conflict(kinds.get(i), i == 0 ? "ana"
                        : kinds.get(i).substring(0, 1), expected, actual));
            } else if (i == 0) {
                assertThat(answer.isRight() || answer.getLeft() instanceof Problem.Rejected).isTrue();
            } else if (i == 2) {
                assertThat(answer.isRight()).isEqualTo(actorIsOwner || moderates);
            } else {
                assertThat(answer.isRight()).isEqualTo(actorIsOwner);
            }
        }
    }
}
