package dev.portside.testkit.circles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.circles.Commands;
import dev.portside.application.circles.Commands.Act;
import dev.portside.application.circles.Community;
import dev.portside.application.circles.MemberForm;
import dev.portside.application.circles.Ports;
import dev.portside.domain.circles.Circle;
import dev.portside.domain.circles.Membership;
import dev.portside.domain.circles.Role;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Runs random join / approve / leave / remove / transfer / role / post / flag sequences from several members against
 * an adapter under test and the in-memory reference side by side. After every step both give the same answer, and
 * on the adapter under test each circle's member count equals its ACTIVE memberships (never above capacity) and it
 * has exactly one OWNER, who is the circle's owner.
 */
public abstract class CommunityModelCheck {

    public enum Kind { JOIN, APPROVE, LEAVE, REMOVE, TRANSFER, PROMOTE, POST, FLAG }

    public record Action(Kind kind, String actor, String target, String circle) {
    }

    static final List<String> PEOPLE = List.of("m0", "m1", "m2", "m3", "m4", "m5");
    static final List<String> CIRCLES = List.of("open", "closed");

    /** Adapters under test; the same instance may serve many tries (each try uses a fresh tenant). */
    protected abstract Ports subject(Clock clock);

    /** A fresh in-memory reference for one try. */
    protected abstract Ports reference(Clock clock);

    @Property(tries = 15)
    void the_adapter_agrees_with_the_reference_and_keeps_the_invariants(@ForAll("sequences") List<Action> actions) {
        check(actions);
    }

    @Provide
    protected Arbitrary<List<Action>> sequences() {
        Arbitrary<Action> action = Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.of(PEOPLE),
                Arbitraries.of(PEOPLE), Arbitraries.of(CIRCLES)).as(Action::new);
        return action.list().ofMinSize(1).ofMaxSize(30);
    }

    protected void check(List<Action> actions) {
        Clock clock = Clock.fixed(CircleFixtures.T0, ZoneOffset.UTC);
        String tenant = CircleFixtures.freshTenant().value();
        Community subject = new Community(subject(clock));
        Community reference = new Community(reference(clock));
        for (Community c : List.of(subject, reference)) {
            for (String p : PEOPLE) {
                c.register(new Commands.RegisterMember(tenant, p, MemberForm.basic(p + "@example.com", p))).get();
            }
            c.createCircle(new Commands.CreateCircle(tenant, "open", "m0", "Open", null, "SOCIAL", "PUBLIC", false, 4,
                    List.of(), "LIGHT", List.of())).get();
            c.createCircle(new Commands.CreateCircle(tenant, "closed", "m0", "Closed", null, "WELLNESS", "PRIVATE",
                    true, 3, List.of(), "STRICT", List.of())).get();
        }
        for (int step = 0; step < actions.size(); step++) {
            Action a = actions.get(step);
            String label = "step " + step + " " + a;
            assertThat(shape(run(subject, tenant, a, step))).as(label).isEqualTo(shape(run(reference, tenant, a, step)));
            for (String circle : CIRCLES) {
                checkInvariants(subject, tenant, circle, label);
                assertThat(listing(subject, tenant, circle)).as(label).isEqualTo(listing(reference, tenant, circle));
            }
        }
        assertThat(Paging.all(3, p -> subject.moderationQueue(new Commands.ModerationQueue(tenant, p.limit(),
                p.after().map(Object::toString).getOrNull()))))
                .isEqualTo(Paging.all(3, p -> reference.moderationQueue(new Commands.ModerationQueue(tenant, p.limit(),
                        p.after().map(Object::toString).getOrNull()))));
    }

    private static Either<Problem, ?> run(Community c, String tenant, Action a, int step) {
        Act act = new Act(tenant, a.circle(), a.actor(), a.target());
        return switch (a.kind()) {
            case JOIN -> c.join(new Commands.Join(tenant, a.circle(), a.target()));
            case APPROVE -> c.approve(act);
            case LEAVE -> c.leave(new Commands.Leave(tenant, a.circle(), a.target()));
            case REMOVE -> c.remove(act);
            case TRANSFER -> c.transferOwnership(act);
            case PROMOTE -> c.changeRole(new Commands.ChangeRole(tenant, a.circle(), a.actor(), a.target(),
                    "MODERATOR"));
            case POST -> c.share(new Commands.ShareStory(tenant, "s" + step, a.actor(), a.circle(), "t", "b",
                    List.of()));
            case FLAG -> c.moderate(new Commands.Moderate(tenant, "s" + Math.max(0, step - 1), a.actor(), "FLAG"));
        };
    }

    private static Object shape(Either<Problem, ?> result) {
        if (result.isRight()) {
            return result.get();
        }
        Problem p = result.getLeft();
        return p instanceof Problem.Rejected r ? "Rejected " + r.rule() : p.getClass().getSimpleName();
    }

    private static List<Membership> listing(Community c, String tenant, String circle) {
        return Paging.all(4, p -> c.circleMembers(new Commands.CircleMembers(tenant, circle, null, null, p.limit(),
                p.after().map(Object::toString).getOrNull())));
    }

    private static void checkInvariants(Community c, String tenant, String circleId, String label) {
        Circle circle = c.circle(new Commands.GetCircle(tenant, circleId)).get();
        List<Membership> all = listing(c, tenant, circleId);
        long active = all.stream().filter(Membership::active).count();
        assertThat(circle.stats().memberCount()).as(label + ": member count").isEqualTo((int) active);
        assertThat(active).as(label + ": capacity").isLessThanOrEqualTo(circle.settings().maxMembers());
        List<Membership> owners = all.stream().filter(m -> m.role() == Role.OWNER).toList();
        assertThat(owners).as(label + ": one owner").hasSize(1);
        assertThat(owners.get(0).member()).as(label + ": owner").isEqualTo(circle.owner());
        assertThat(owners.get(0).active()).isTrue();
        assertThat(all).allMatch(Objects::nonNull);
    }
}
