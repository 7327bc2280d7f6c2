package dev.portside.testkit.circles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.circles.CommunityCommands.ApproveMember;
import dev.portside.application.circles.CommunityCommands.ChangeRole;
import dev.portside.application.circles.CommunityCommands.CreateCircle;
import dev.portside.application.circles.CommunityCommands.GetCircle;
import dev.portside.application.circles.CommunityCommands.JoinCircle;
import dev.portside.application.circles.CommunityCommands.LeaveCircle;
import dev.portside.application.circles.CommunityCommands.ListCircleMembers;
import dev.portside.application.circles.CommunityCommands.ListModerationQueue;
import dev.portside.application.circles.CommunityCommands.MemberForm;
import dev.portside.application.circles.CommunityCommands.ModerateStory;
import dev.portside.application.circles.CommunityCommands.RegisterMember;
import dev.portside.application.circles.CommunityCommands.RemoveMember;
import dev.portside.application.circles.CommunityCommands.ShareStory;
import dev.portside.application.circles.CommunityCommands.TransferOwnership;
import dev.portside.application.circles.Community;
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
                c.members().register(new RegisterMember(tenant, p, MemberForm.basic(p + "@example.com", p))).get();
            }
            c.circles().create(CreateCircle.builder(tenant, "m0", "Open", "SOCIAL", "PUBLIC").id("open")
                    .maxMembers(4).build()).get();
            c.circles().create(CreateCircle.builder(tenant, "m0", "Closed", "WELLNESS", "PRIVATE").id("closed")
                    .requireApproval(true).maxMembers(3).moderationLevel("STRICT").build()).get();
        }
        for (int step = 0; step < actions.size(); step++) {
            Action a = actions.get(step);
            String label = "step " + step + " " + a;
            assertThat(shape(run(subject, tenant, a, step))).as(label).isEqualTo(shape(run(reference, tenant, a,
                    step)));
            for (String circle : CIRCLES) {
                checkInvariants(subject, tenant, circle, label);
                assertThat(listing(subject, tenant, circle)).as(label).isEqualTo(listing(reference, tenant, circle));
            }
        }
        assertThat(Paging.all(3, p -> subject.stories().moderationQueue(new ListModerationQueue(tenant, p.limit(),
                p.after().getOrNull()))))
                .isEqualTo(Paging.all(3, p -> reference.stories().moderationQueue(new ListModerationQueue(tenant,
                p.limit(),
                        p.after().getOrNull()))));
    }

    private static Either<Problem, ?> run(Community c, String tenant, Action a, int step) {
        return switch (a.kind()) {
            case JOIN -> c.circles().join(new JoinCircle(tenant, a.circle(), a.target()));
            case APPROVE -> c.circles().approve(new ApproveMember(tenant, a.circle(), a.actor(), a.target()));
            case LEAVE -> c.circles().leave(new LeaveCircle(tenant, a.circle(), a.target()));
            case REMOVE -> c.circles().remove(new RemoveMember(tenant, a.circle(), a.actor(), a.target()));
            case TRANSFER -> c.circles().transferOwnership(new TransferOwnership(tenant, a.circle(), a.actor(),
                    a.target()));
            case PROMOTE -> c.circles().changeRole(new ChangeRole(tenant, a.circle(), a.actor(), a.target(),
                    "MODERATOR"));
            case POST -> c.stories().share(new ShareStory(tenant, "s" + step, a.actor(), a.circle(), "t", "b",
                    List.of()));
            case FLAG -> c.stories().moderate(new ModerateStory(tenant, "s" + Math.max(0, step - 1), a.actor(),
                    "FLAG"));
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
        return Paging.all(4, p -> c.circles().members(new ListCircleMembers(tenant, circle, null, null, p.limit(),
                p.after().getOrNull())));
    }

    private static void checkInvariants(Community c, String tenant, String circleId, String label) {
        Circle circle = c.circles().get(new GetCircle(tenant, circleId)).get();
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
