package dev.portside.adapters.dynamodb.circles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.dynamodb.realtime.SkipWithoutDynamoDb;
import dev.portside.adapters.dynamodb.testing.DynamoFaults;
import dev.portside.application.circles.Community;
import dev.portside.application.circles.CommunityCommands.DeleteMember;
import dev.portside.application.circles.Ports;
import dev.portside.domain.circles.Circle;
import dev.portside.domain.circles.CircleChange;
import dev.portside.domain.circles.CircleId;
import dev.portside.domain.circles.CircleType;
import dev.portside.domain.circles.Member;
import dev.portside.domain.circles.Membership;
import dev.portside.domain.circles.MembershipStatus;
import dev.portside.domain.circles.MembershipWrite;
import dev.portside.domain.circles.Role;
import dev.portside.domain.kernel.IdGenerator;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.UserId;
import dev.portside.testkit.circles.CircleFixtures;
import dev.portside.testkit.circles.Paging;
import dev.portside.testkit.faults.Fault;
import dev.portside.testkit.faults.FaultInjector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;

/**
 * A member of 40 circles needs more than one transaction to leave them all (three items per circle). Whatever
 * transaction a seeded run of refused TransactWriteItems stops at, what stands is whole: the member with the circles
 * not yet left, each circle counting exactly its ACTIVE memberships, both sides of each membership present or both
 * gone, never a membership of a member already gone; the same delete run again (faults stopped) finishes it.
 */
@AddLifecycleHook(SkipWithoutDynamoDb.class)
class InterruptedDeleteProperties {

    private static final int CIRCLES = 40;

    @Property(tries = 8, seed = "-3071271035393525573")
    void a_member_delete_that_stops_halfway_leaves_whole_circles_and_finishes_when_run_again(@ForAll long seed) {
        TenantId tenant = CircleFixtures.freshTenant();
        FaultInjector injector = new FaultInjector(seed, 0.8, List.of(new Fault.Refused("500 InternalServerError",
                Set.of("TransactWriteItems"), () -> InternalServerErrorException.builder().statusCode(500)
                .message("injected").build())));
        CirclesTable shared = DynamoCircles.table(InterruptedDeleteProperties.class);
        try (DynamoDbClient client = DynamoFaults.client(injector)) {
            CirclesTable table = new CirclesTable(client, shared.name(), DynamoCircles.CODEC);
            DynamoMemberRepository members = new DynamoMemberRepository(table);
            DynamoCircleRepository circles = new DynamoCircleRepository(table);
            members.create(CircleFixtures.member(tenant, "own", "own@example.org")).get();
            Member bo = members.create(CircleFixtures.member(tenant, "bo", "bo@example.org")).get();
            for (int i = 0; i < CIRCLES; i++) {
                String id = String.format("c%02d", i);
                Circle circle = circles.create(CircleFixtures.circle(tenant, id, "own", CircleType.SOCIAL, 100),
                        CircleFixtures.membership(tenant, id, "own", Role.OWNER, MembershipStatus.ACTIVE)).get();
                MembershipStatus status = i % 3 == 0 ? MembershipStatus.PENDING : MembershipStatus.ACTIVE;
                circles.apply(CircleChange.of(circle.withStats(circle.stats().withMembers(
                        status == MembershipStatus.ACTIVE ? 1 : 0), CircleFixtures.T0), new MembershipWrite.Create(
                        CircleFixtures.membership(tenant, id, "bo", Role.MEMBER, status)))).get();
            }
            Community community = new Community(new Ports(members, circles, new DynamoStoryRepository(table),
                    new DynamoBusinessRepository(table), new DynamoResourceRepository(table), Clock.systemUTC(),
                    IdGenerator.random()));

            injector.start();
            Either<Problem, UserId> interrupted = community.members().delete(new DeleteMember(tenant.value(), "bo",
                    bo.revision().value()));
            injector.stop();

            boolean gone = members.get(tenant, new UserId("bo")).get().isEmpty();
            assertThat(gone).isEqualTo(interrupted.isRight());
            if (interrupted.isLeft()) {
                assertThat(interrupted.getLeft()).isInstanceOf(Problem.Unavailable.class);
            }
            List<Membership> left = Paging.all(25, page -> circles.circlesOf(tenant, new UserId("bo"), Option.none(),
                    page));
            if (gone) {
                assertThat(left).isEmpty();
            }
            Statistics.collect(gone ? "finished" : left.size() == CIRCLES ? "stopped before any circle"
                    : "stopped halfway");
            for (int i = 0; i < CIRCLES; i++) {
                CircleId id = new CircleId(String.format("c%02d", i));
                Option<Membership> circleSide = circles.membership(tenant, id, new UserId("bo")).get();
                assertThat(left.stream().anyMatch(m -> m.circle().equals(id))).as("both sides of " + id)
                        .isEqualTo(circleSide.isDefined());
                int active = Paging.all(25, page -> circles.members(tenant, id, Option.none(),
                        Option.of(MembershipStatus.ACTIVE), page)).size();
                assertThat(circles.get(tenant, id).get().get().stats().memberCount()).as("count of " + id)
                        .isEqualTo(active);
            }

            if (!gone) {
                Member now = members.get(tenant, new UserId("bo")).get().get();
                community.members().delete(new DeleteMember(tenant.value(), "bo", now.revision().value())).get();
            }
            assertThat(members.get(tenant, new UserId("bo")).get()).isEmpty();
            assertThat(members.byEmail(tenant, new dev.portside.domain.circles.Email("bo@example.org")).get()).isEmpty();
            assertThat(Paging.all(25, page -> circles.circlesOf(tenant, new UserId("bo"), Option.none(), page)))
                    .isEmpty();
            for (int i = 0; i < CIRCLES; i++) {
                CircleId id = new CircleId(String.format("c%02d", i));
                assertThat(circles.get(tenant, id).get().get().stats().memberCount()).isEqualTo(1);
            }
        }
    }
}
