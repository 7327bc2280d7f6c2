package dev.portside.testkit.circles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.circles.Community;
import dev.portside.application.circles.CommunityCommands.ApproveMember;
import dev.portside.application.circles.CommunityCommands.CreateCircle;
import dev.portside.application.circles.CommunityCommands.DeleteMember;
import dev.portside.application.circles.CommunityCommands.GetCircle;
import dev.portside.application.circles.CommunityCommands.GetMember;
import dev.portside.application.circles.CommunityCommands.JoinCircle;
import dev.portside.application.circles.CommunityCommands.LeaveCircle;
import dev.portside.application.circles.CommunityCommands.ListCircleMembers;
import dev.portside.application.circles.CommunityCommands.ListCirclesOfMember;
import dev.portside.application.circles.CommunityCommands.MemberForm;
import dev.portside.application.circles.CommunityCommands.RegisterMember;
import dev.portside.application.circles.CommunityCommands.RemoveMember;
import dev.portside.application.circles.CommunityCommands.TransferOwnership;
import dev.portside.application.circles.Ports;
import dev.portside.domain.circles.Circle;
import dev.portside.domain.circles.Membership;
import dev.portside.domain.circles.MembershipStatus;
import dev.portside.domain.circles.Role;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;

/**
 * The membership lifecycle as a jqwik action chain through {@link Community}: random sequences of join, approve,
 * leave, remove, ownership transfer, member deletion and registration on one circle (approval required, at most
 * three members), each answer checked against a small model of who holds which role and status, and after every
 * step the invariants: the listing equals the model, the member count equals the ACTIVE memberships, exactly one
 * OWNER who is the circle's owner, and each member's circles agree with the circle's members.
 */
@PropertyDefaults(tries = 60)
public abstract class MembershipLifecycleChain {

    private static final int MEMBERS = 5;
    private static final int MAX = 3;

    /** Ports on the adapters under test; each chain works in a fresh tenant. */
    protected abstract Ports ports();

    /**
     * The longest chain a try runs. A subclass on a real backend may shorten it, and lower the tries with its own
     * {@code @PropertyDefaults(tries = ...)}, to keep its run time in bounds; the in-memory run keeps these.
     */
    protected int maxSteps() {
        return 30;
    }

    /** The circle "c" as the model sees it, and the system under test. */
    static final class World {

        private record Seat(Role role, MembershipStatus status) {
        }

        private final Community community;
        private final String tenant = CircleFixtures.freshTenant().value();
        private final Map<String, Seat> seats = new HashMap<>();
        private final Set<String> registered = new HashSet<>();
        private String owner = "m0";

        World(Community community) {
            this.community = community;
            for (int i = 0; i < MEMBERS; i++) {
                register("m" + i);
            }
            community.circles().create(CreateCircle.builder(tenant, "m0", "C", "SUPPORT_GROUP", "PUBLIC").id("c")
                    .requireApproval(true).maxMembers(MAX).build()).get();
            seats.put("m0", new Seat(Role.OWNER, MembershipStatus.ACTIVE));
        }

        private long active() {
            return seats.values().stream().filter(s -> s.status() == MembershipStatus.ACTIVE).count();
        }

        void register(String m) {
            Either<Problem, ?> answer = community.members().register(new RegisterMember(tenant, m,
                    MemberForm.basic(m + "@example.org", "Member " + m)));
            if (registered.contains(m)) {
                expect(answer, Problem.AlreadyExists.class);
            } else {
                assertThat(answer.isRight()).as("register %s: %s", m, answer).isTrue();
                registered.add(m);
            }
        }

        void join(String m) {
            Either<Problem, ?> answer = community.circles().join(new JoinCircle(tenant, "c", m));
            Seat seat = seats.get(m);
            if (!registered.contains(m)) {
                expect(answer, Problem.NotFound.class);
            } else if (seat != null && seat.status() == MembershipStatus.REMOVED) {
                expectRule(answer, "removed-cannot-rejoin");
            } else if (seat != null) {
                expect(answer, Problem.AlreadyExists.class);
            } else {
                assertThat(answer.isRight()).as("join %s: %s", m, answer).isTrue();
                seats.put(m, new Seat(Role.MEMBER, MembershipStatus.PENDING));
            }
        }

        void approve(String m) {
            Either<Problem, ?> answer = community.circles().approve(new ApproveMember(tenant, "c", owner, m));
            Seat seat = seats.get(m);
            if (seat == null) {
                expect(answer, Problem.NotFound.class);
            } else if (seat.status() != MembershipStatus.PENDING) {
                expectRule(answer, "not-pending");
            } else if (active() >= MAX) {
                expectRule(answer, "circle-full");
            } else {
                assertThat(answer.isRight()).as("approve %s: %s", m, answer).isTrue();
                seats.put(m, new Seat(seat.role(), MembershipStatus.ACTIVE));
            }
        }

        void leave(String m) {
            Either<Problem, ?> answer = community.circles().leave(new LeaveCircle(tenant, "c", m));
            Seat seat = seats.get(m);
            if (seat == null || seat.status() == MembershipStatus.REMOVED && seat.role() != Role.OWNER) {
                expect(answer, Problem.NotFound.class);
            } else if (seat.role() == Role.OWNER) {
                expectRule(answer, "owner-cannot-leave");
            } else {
                assertThat(answer.isRight()).as("leave %s: %s", m, answer).isTrue();
                seats.remove(m);
            }
        }

        void remove(String m) {
            Either<Problem, ?> answer = community.circles().remove(new RemoveMember(tenant, "c", owner, m));
            Seat seat = seats.get(m);
            if (seat == null) {
                expect(answer, Problem.NotFound.class);
            } else if (seat.role() == Role.OWNER) {
                expectRule(answer, "moderator-required");
            } else if (seat.status() == MembershipStatus.REMOVED) {
                expectRule(answer, "already-removed");
            } else {
                assertThat(answer.isRight()).as("remove %s: %s", m, answer).isTrue();
                seats.put(m, new Seat(Role.MEMBER, MembershipStatus.REMOVED));
            }
        }

        void transfer(String m) {
            Either<Problem, ?> answer = community.circles().transferOwnership(new TransferOwnership(tenant, "c", owner,
                    m));
            Seat seat = seats.get(m);
            if (seat == null) {
                expect(answer, Problem.NotFound.class);
            } else if (seat.status() != MembershipStatus.ACTIVE || m.equals(owner)) {
                expectRule(answer, "active-member-required");
            } else {
                assertThat(answer.isRight()).as("transfer to %s: %s", m, answer).isTrue();
                seats.put(owner, new Seat(Role.ADMIN, MembershipStatus.ACTIVE));
                seats.put(m, new Seat(Role.OWNER, MembershipStatus.ACTIVE));
                owner = m;
            }
        }

        void delete(String m) {
            Either<Problem, ?> found = community.members().get(new GetMember(tenant, m));
            long revision = found.isRight() ? ((dev.portside.domain.circles.Member) found.get()).revision().value() : 1;
            Either<Problem, ?> answer = community.members().delete(new DeleteMember(tenant, m, revision));
            if (!registered.contains(m)) {
                expect(answer, Problem.NotFound.class);
            } else if (m.equals(owner)) {
                expectRule(answer, "owner-must-transfer");
            } else {
                assertThat(answer.isRight()).as("delete %s: %s", m, answer).isTrue();
                registered.remove(m);
                seats.remove(m);
            }
        }

        /** The invariants that hold after every step. */
        void holds() {
            List<Membership> listed = Paging.all(2, page -> community.circles().members(new ListCircleMembers(tenant,
                    "c", null, null, page.limit(), page.after().getOrNull())));
            assertThat(listed.stream().collect(Collectors.toMap(m -> m.member().value(),
                    m -> new Seat(m.role(), m.status())))).isEqualTo(seats);
            Circle circle = community.circles().get(new GetCircle(tenant, "c")).get();
            assertThat(circle.stats().memberCount()).isEqualTo((int) active());
            assertThat(listed.stream().filter(m -> m.role() == Role.OWNER).map(m -> m.member().value()))
                    .containsExactly(circle.owner().value());
            assertThat(circle.owner().value()).isEqualTo(owner);
            for (int i = 0; i < MEMBERS; i++) {
                String m = "m" + i;
                List<Membership> mine = Paging.all(2, page -> community.circles().circlesOf(new ListCirclesOfMember(
                        tenant, m, null, page.limit(), page.after().getOrNull())));
                assertThat(mine).extracting(x -> x.circle().value())
                        .isEqualTo(seats.containsKey(m) ? List.of("c") : List.of());
                assertThat(community.members().get(new GetMember(tenant, m)).isRight()).isEqualTo(registered.contains(m));
            }
        }

        private static void expect(Either<Problem, ?> answer, Class<? extends Problem> kind) {
            assertThat(answer.isLeft()).as("expected %s, got %s", kind.getSimpleName(), answer).isTrue();
            assertThat(answer.getLeft()).isInstanceOf(kind);
        }

        private static void expectRule(Either<Problem, ?> answer, String rule) {
            expect(answer, Problem.Rejected.class);
            assertThat(((Problem.Rejected) answer.getLeft()).rule()).isEqualTo(rule);
        }
    }

    private static Action.Independent<World> onAMember(String name, BiConsumer<World, String> step) {
        return new Action.Independent<>() {
            @Override
            public Arbitrary<Transformer<World>> transformer() {
                return Arbitraries.integers().between(0, MEMBERS - 1).map(i -> Transformer.mutate(name + " m" + i,
                        world -> step.accept(world, "m" + i)));
            }
        };
    }

    @Provide
    Arbitrary<ActionChain<World>> lifecycles() {
        ActionChainArbitrary<World> chains = ActionChain.startWith(() -> new World(new Community(ports())));
        return chains
                .withAction(4, onAMember("join", World::join))
                .withAction(3, onAMember("approve", World::approve))
                .withAction(2, onAMember("leave", World::leave))
                .withAction(2, onAMember("remove", World::remove))
                .withAction(2, onAMember("transfer to", World::transfer))
                .withAction(1, onAMember("delete member", World::delete))
                .withAction(1, onAMember("register", World::register))
                .withMaxTransformations(maxSteps());
    }

    @Property
    void membership_rules_and_counts_hold_after_any_sequence_of_lifecycle_steps(
            @ForAll("lifecycles") ActionChain<World> chain) {
        chain.withInvariant("listing, count, single owner", World::holds).run();
    }
}
