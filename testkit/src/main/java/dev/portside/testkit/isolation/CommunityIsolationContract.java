package dev.portside.testkit.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.circles.Ports;
import dev.portside.domain.circles.Circle;
import dev.portside.domain.circles.CircleChange;
import dev.portside.domain.circles.CircleId;
import dev.portside.domain.circles.CircleRepository;
import dev.portside.domain.circles.CircleType;
import dev.portside.domain.circles.DiagnosisStage;
import dev.portside.domain.circles.Email;
import dev.portside.domain.circles.Member;
import dev.portside.domain.circles.MemberRepository;
import dev.portside.domain.circles.MemberSearch;
import dev.portside.domain.circles.Membership;
import dev.portside.domain.circles.MembershipStatus;
import dev.portside.domain.circles.MembershipWrite;
import dev.portside.domain.circles.Role;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.TenantOwned;
import dev.portside.domain.kernel.UserId;
import dev.portside.testkit.circles.CircleFixtures;
import dev.portside.testkit.circles.Paging;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Members, circles and memberships are tenant-scoped on every adapter: random members, circles and memberships
 * written under two tenants with the same ids and emails are never answered to the other tenant — not by a lookup,
 * a batch get, a search, a listing of a circle's members or a member's circles, circles by type, nor in a circle's
 * member count — and every paged query refuses a cursor from another tenant, another query or with altered bytes.
 */
public abstract class CommunityIsolationContract {

    /** The adapter's circles ports (each test gets its stores from here). */
    protected abstract Ports ports();

    protected MemberRepository members() {
        return ports().members();
    }

    protected CircleRepository circles() {
        return ports().circles();
    }

    /** What was written under one tenant: member ids, and per circle the ACTIVE members. */
    private record Written(List<UserId> members, Map<CircleId, List<Membership>> memberships) {
    }

    /**
     * Members m0.. (email m<i>@example.org), circles c0.. owned by m0, and one membership per entry of {@code seats}
     * (member index, circle index, status), duplicates skipped.
     */
    private Written write(TenantId tenant, int memberCount, int circleCount, List<Integer> seats) {
        List<UserId> ids = new ArrayList<>();
        for (int i = 0; i < memberCount; i++) {
            Member m = CircleFixtures.member(tenant, "m" + i, "m" + i + "@example.org", List.of("bg-" + tenant.value()),
                    DiagnosisStage.values()[i % DiagnosisStage.values().length], List.of("need"));
            ids.add(members().create(m).get().id());
        }
        Map<CircleId, List<Membership>> byCircle = new HashMap<>();
        for (int c = 0; c < circleCount; c++) {
            CircleId id = new CircleId("c" + c);
            circles().create(CircleFixtures.circle(tenant, id.value(), "m0", CircleType.values()[c % 2], 1000),
                    CircleFixtures.membership(tenant, id.value(), "m0", Role.OWNER, MembershipStatus.ACTIVE)).get();
            byCircle.put(id, new ArrayList<>(List.of(circles().membership(tenant, id, new UserId("m0")).get().get())));
        }
        for (int seat : seats) {
            UserId member = ids.get(Math.floorMod(seat, memberCount));
            CircleId circle = new CircleId("c" + Math.floorMod(seat / 7, circleCount));
            if (circles().membership(tenant, circle, member).get().isDefined()) {
                continue;
            }
            MembershipStatus status = MembershipStatus.values()[Math.floorMod(seat / 3, 3)];
            Circle current = circles().get(tenant, circle).get().get();
            Membership m = circles().apply(CircleChange.of(current.withStats(current.stats().withMembers(
                    status == MembershipStatus.ACTIVE ? 1 : 0), CircleFixtures.T0), new MembershipWrite.Create(
                    CircleFixtures.membership(tenant, circle.value(), member.value(), Role.MEMBER, status)))).get()
                    .writes().get(0).membership();
            byCircle.get(circle).add(m);
        }
        return new Written(ids, byCircle);
    }

    private static void allOf(TenantId tenant, List<? extends TenantOwned> items) {
        assertThat(items).allSatisfy(i -> assertThat(i.tenant()).isEqualTo(tenant));
    }

    private static void allMemberships(TenantId tenant, List<Membership> items) {
        assertThat(items).allSatisfy(i -> assertThat(i.tenant()).isEqualTo(tenant));
    }

    @Property(tries = 8)
    void no_lookup_listing_or_count_of_one_tenant_answers_the_others_members_circles_or_memberships(
            @ForAll @IntRange(min = 1, max = 5) int membersOfA, @ForAll @IntRange(min = 1, max = 5) int membersOfB,
            @ForAll @IntRange(min = 1, max = 3) int circlesOfA, @ForAll @IntRange(min = 1, max = 3) int circlesOfB,
            @ForAll @Size(max = 12) List<@IntRange(max = 100) Integer> seatsOfA,
            @ForAll @Size(max = 12) List<@IntRange(max = 100) Integer> seatsOfB) {
        TenantId a = CircleFixtures.freshTenant();
        TenantId b = CircleFixtures.freshTenant();
        Map<TenantId, Written> written = Map.of(a, write(a, membersOfA, circlesOfA, seatsOfA),
                b, write(b, membersOfB, circlesOfB, seatsOfB));
        for (TenantId owner : List.of(a, b)) {
            Written own = written.get(owner);
            for (int i = 0; i < 5; i++) {
                UserId id = new UserId("m" + i);
                boolean mine = i < own.members().size();
                assertThat(members().get(owner, id).get().map(Member::tenant)).isEqualTo(mine ? Option.of(owner)
                        : Option.none());
                assertThat(members().byEmail(owner, new Email("m" + i + "@example.org")).get().map(Member::tenant))
                        .isEqualTo(mine ? Option.of(owner) : Option.none());
                List<Membership> circlesOfMember = Paging.all(2, page -> circles().circlesOf(owner, id,
                        Option.none(), page));
                allMemberships(owner, circlesOfMember);
                assertThat(circlesOfMember).hasSize((int) own.memberships().values().stream().flatMap(List::stream)
                        .filter(m -> m.member().equals(id)).count());
            }
            List<Member> batch = members().getAll(owner, List.of(new UserId("m0"), new UserId("m1"), new UserId("m2"),
                    new UserId("m3"), new UserId("m4"))).get();
            allOf(owner, batch);
            assertThat(batch).hasSize(own.members().size());
            List<Member> found = Paging.all(2, page -> members().search(owner, new MemberSearch(Option.none(),
                    Option.of("need"), Option.none()), page));
            allOf(owner, found);
            assertThat(found).hasSize(own.members().size());
            assertThat(Paging.all(2, page -> members().search(owner, new MemberSearch(Option.of("bg-" + owner.value()),
                    Option.none(), Option.none()), page))).hasSize(own.members().size());
            for (int c = 0; c < 3; c++) {
                CircleId id = new CircleId("c" + c);
                List<Membership> expected = own.memberships().getOrDefault(id, List.of());
                assertThat(circles().get(owner, id).get().map(Circle::tenant))
                        .isEqualTo(own.memberships().containsKey(id) ? Option.of(owner) : Option.none());
                circles().get(owner, id).get().forEach(circle -> assertThat(circle.stats().memberCount())
                        .isEqualTo((int) expected.stream().filter(Membership::active).count()));
                List<Membership> listed = Paging.all(2, page -> circles().members(owner, id, Option.none(),
                        Option.none(), page));
                allMemberships(owner, listed);
                assertThat(listed).hasSize(expected.size());
            }
            for (CircleType type : List.of(CircleType.values()[0], CircleType.values()[1])) {
                List<Circle> ofType = Paging.all(2, page -> circles().byType(owner, type, true, page));
                allOf(owner, ofType);
                assertThat(ofType).hasSize((int) own.memberships().keySet().stream()
                        .filter(id -> CircleType.values()[Integer.parseInt(id.value().substring(1)) % 2] == type)
                        .count());
            }
        }
    }

    @Test
    void cursors_of_member_search_circle_members_a_members_circles_and_circles_by_type_keep_to_their_tenant_and_query() {
        TenantId owner = CircleFixtures.freshTenant();
        TenantId stranger = CircleFixtures.freshTenant();
        List<Integer> seats = List.of(1, 2, 8, 9, 15, 16, 22);
        for (TenantId t : List.of(owner, stranger)) {
            write(t, 4, 3, seats);
            for (int c = 0; c < 3; c++) {
                Circle circle = circles().get(t, new CircleId("c" + c)).get().get();
                circles().apply(CircleChange.of(circle.withStats(circle.stats().withMembers(1), CircleFixtures.T0),
                        new MembershipWrite.Create(CircleFixtures.membership(t, "c" + c, "x", Role.MEMBER,
                                MembershipStatus.ACTIVE)))).get();
            }
        }
        MemberSearch needs = new MemberSearch(Option.none(), Option.of("need"), Option.none());
        PagedQueries.refuseForeignCursors(owner, stranger, (t, page) -> members().search(t, needs, page),
                (t, page) -> members().search(t, new MemberSearch(Option.none(), Option.of("other"), Option.none()),
                        page));
        PagedQueries.refuseForeignCursors(owner, stranger,
                (t, page) -> circles().members(t, new CircleId("c0"), Option.none(), Option.none(), page),
                (t, page) -> circles().members(t, new CircleId("c1"), Option.none(), Option.none(), page));
        PagedQueries.refuseForeignCursors(owner, stranger,
                (t, page) -> circles().circlesOf(t, new UserId("m0"), Option.none(), page),
                (t, page) -> circles().circlesOf(t, new UserId("x"), Option.none(), page));
        PagedQueries.refuseForeignCursors(owner, stranger,
                (t, page) -> circles().circlesOf(t, new UserId("m0"), Option.none(), page),
                (t, page) -> circles().circlesOf(t, new UserId("m0"), Option.of(MembershipStatus.ACTIVE), page));
        PagedQueries.refuseForeignCursors(owner, stranger,
                (t, page) -> circles().byType(t, CircleType.values()[0], true, page),
                (t, page) -> circles().byType(t, CircleType.values()[0], false, page));
    }
}
