package dev.portside.testkit.circles;

import static dev.portside.testkit.circles.CircleFixtures.T0;
import static dev.portside.testkit.circles.CircleFixtures.circle;
import static dev.portside.testkit.circles.CircleFixtures.freshTenant;
import static dev.portside.testkit.circles.CircleFixtures.membership;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.circles.Circle;
import dev.portside.domain.circles.CircleChange;
import dev.portside.domain.circles.CircleId;
import dev.portside.domain.circles.CircleRepository;
import dev.portside.domain.circles.CircleStatus;
import dev.portside.domain.circles.CircleType;
import dev.portside.domain.circles.Membership;
import dev.portside.domain.circles.MembershipStatus;
import dev.portside.domain.circles.MembershipWrite;
import dev.portside.domain.circles.Role;
import dev.portside.domain.kernel.UserId;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link CircleRepository} must do: atomic, revision-conditional circle + membership changes, listings. */
public abstract class CircleRepositoryContract {

    protected abstract CircleRepository repository();

    private static final Instant T1 = T0.plusSeconds(3600);

    private final TenantId tenant = freshTenant();
    private final CircleId c1 = new CircleId("c1");

    private Circle created() {
        return repository().create(circle(tenant, "c1", "owner", CircleType.WELLNESS, 50),
                membership(tenant, "c1", "owner", Role.OWNER, MembershipStatus.ACTIVE)).get();
    }

    private CircleChange join(Circle circle, String member, MembershipStatus status) {
        return repository().apply(CircleChange.of(circle.withStats(circle.stats().withMembers(1), T0),
                new MembershipWrite.Create(membership(tenant, "c1", member, Role.MEMBER, status)))).get();
    }

    @Test
    void a_circle_is_created_with_its_owner_membership() {
        Circle circle = created();
        assertThat(repository().get(tenant, c1).get()).contains(circle);
        Membership owner = repository().membership(tenant, c1, new UserId("owner")).get().get();
        assertThat(owner.role()).isEqualTo(Role.OWNER);
        assertThat(owner.revision()).isEqualTo(Revision.INITIAL);
        assertThat(repository().create(circle(tenant, "c1", "x", CircleType.SOCIAL, 5),
                membership(tenant, "c1", "x", Role.OWNER, MembershipStatus.ACTIVE)).getLeft())
                .isInstanceOf(Problem.AlreadyExists.class);
        assertThat(repository().membership(tenant, c1, new UserId("x")).get()).isEmpty();
    }

    @Test
    void a_change_writes_the_circle_and_memberships_with_new_revisions() {
        CircleChange change = join(created(), "ana", MembershipStatus.ACTIVE);
        assertThat(change.circle().revision()).isEqualTo(new Revision(2));
        assertThat(change.circle().stats().memberCount()).isEqualTo(2);
        assertThat(repository().get(tenant, c1).get()).contains(change.circle());
        assertThat(repository().membership(tenant, c1, new UserId("ana")).get())
                .contains(change.writes().get(0).membership());
    }

    @Test
    void a_change_on_a_stale_circle_is_a_conflict_and_writes_nothing() {
        Circle circle = created();
        join(circle, "ana", MembershipStatus.ACTIVE);
        Problem p = repository().apply(CircleChange.of(circle.withStats(circle.stats().withMembers(1), T0),
                new MembershipWrite.Create(membership(tenant, "c1", "bea", Role.MEMBER, MembershipStatus.ACTIVE))))
                .getLeft();
        assertThat(p).isEqualTo(new Problem.Conflict("circle", "c1", Revision.INITIAL, new Revision(2)));
        assertThat(repository().membership(tenant, c1, new UserId("bea")).get()).isEmpty();
        assertThat(repository().get(tenant, c1).get().get().stats().memberCount()).isEqualTo(2);
    }

    @Test
    void creating_an_existing_membership_fails_the_whole_change() {
        Circle circle = join(created(), "ana", MembershipStatus.ACTIVE).circle();
        Problem p = repository().apply(CircleChange.of(circle.withStats(circle.stats().withMembers(1), T0),
                new MembershipWrite.Create(membership(tenant, "c1", "ana", Role.MEMBER, MembershipStatus.ACTIVE))))
                .getLeft();
        assertThat(p).isInstanceOf(Problem.AlreadyExists.class);
        assertThat(repository().get(tenant, c1).get()).contains(circle);
    }

    @Test
    void a_stale_membership_update_fails_the_whole_change_and_a_fresh_one_succeeds() {
        CircleChange joined = join(created(), "ana", MembershipStatus.PENDING);
        Membership pending = joined.writes().get(0).membership();
        Circle circle = joined.circle();
        Membership approved = pending.with(Role.MEMBER, MembershipStatus.ACTIVE, T1);
        CircleChange ok = repository().apply(CircleChange.of(circle, new MembershipWrite.Update(approved)))
                .get();
        assertThat(ok.writes().get(0).membership().revision()).isEqualTo(new Revision(2));
        assertThat(repository().membership(tenant, c1, new UserId("ana")).get().get())
                .extracting(Membership::joinedAt, Membership::updatedAt).containsExactly(T0, T1);
        Problem stale = repository().apply(CircleChange.of(ok.circle(),
                new MembershipWrite.Update(pending.with(Role.MODERATOR, MembershipStatus.ACTIVE, T1)))).getLeft();
        assertThat(stale).isInstanceOf(Problem.Conflict.class);
        assertThat(repository().get(tenant, c1).get()).contains(ok.circle());
        Problem staleDelete = repository().apply(CircleChange.of(ok.circle(),
                new MembershipWrite.Delete(pending))).getLeft();
        assertThat(staleDelete).isInstanceOf(Problem.Conflict.class);
        repository().apply(CircleChange.of(ok.circle(),
                new MembershipWrite.Delete(ok.writes().get(0).membership()))).get();
        assertThat(repository().membership(tenant, c1, new UserId("ana")).get()).isEmpty();
    }

    @Test
    void an_ownership_transfer_writes_circle_and_both_memberships_in_one_change() {
        CircleChange joined = join(created(), "ana", MembershipStatus.ACTIVE);
        Membership owner = repository().membership(tenant, c1, new UserId("owner")).get().get();
        Membership ana = joined.writes().get(0).membership();
        CircleChange done = repository().apply(CircleChange.of(joined.circle().withOwner(ana.member(), T0),
                new MembershipWrite.Update(owner.with(Role.ADMIN, MembershipStatus.ACTIVE, T1)),
                new MembershipWrite.Update(ana.with(Role.OWNER, MembershipStatus.ACTIVE, T1)))).get();
        assertThat(repository().get(tenant, c1).get().get().owner()).isEqualTo(new UserId("ana"));
        assertThat(Paging.all(10, page -> repository().members(tenant, c1, Option.of(Role.OWNER), Option.none(),
                page))).extracting(m -> m.member().value()).containsExactly("ana");
        assertThat(done.writes()).extracting(w -> w.membership().revision()).containsOnly(new Revision(2));
    }

    @Test
    void members_page_by_member_id_filtered_by_role_and_status() {
        Circle circle = created();
        for (int i = 0; i < 17; i++) {
            circle = join(circle, String.format("m%02d", i), i % 3 == 0 ? MembershipStatus.PENDING
                    : MembershipStatus.ACTIVE).circle();
        }
        List<Membership> all = Paging.all(4, page -> repository().members(tenant, c1, Option.none(), Option.none(),
                page));
        assertThat(all).extracting(m -> m.member().value()).hasSize(18).isSorted();
        List<Membership> pending = Paging.all(2, page -> repository().members(tenant, c1, Option.of(Role.MEMBER),
                Option.of(MembershipStatus.PENDING), page));
        assertThat(pending).extracting(m -> m.member().value())
                .containsExactly("m00", "m03", "m06", "m09", "m12", "m15");
        Page<Membership> first = repository().members(tenant, c1, Option.none(), Option.none(), PageRequest.first(5))
                .get();
        assertThat(repository().members(tenant, c1, Option.of(Role.OWNER), Option.none(),
                PageRequest.first(5).after(first.next().get())).getLeft()).isInstanceOf(Problem.Invalid.class);
    }

    @Test
    void a_members_circles_and_circles_by_type_are_listed_by_circle_id() {
        for (int i = 0; i < 7; i++) {
            CircleType type = i % 2 == 0 ? CircleType.SUPPORT_GROUP : CircleType.EDUCATION;
            repository().create(circle(tenant, "k" + i, "ana", type, 10),
                    membership(tenant, "k" + i, "ana", Role.OWNER, MembershipStatus.ACTIVE)).get();
        }
        Circle archived = repository().get(tenant, new CircleId("k2")).get().get();
        repository().apply(CircleChange.of(archived.withStatus(CircleStatus.ARCHIVED, T0))).get();
        assertThat(Paging.all(3, page -> repository().circlesOf(tenant, new UserId("ana"), Option.none(), page)))
                .extracting(m -> m.circle().value()).containsExactly("k0", "k1", "k2", "k3", "k4", "k5", "k6");
        assertThat(Paging.all(1, page -> repository().byType(tenant, CircleType.SUPPORT_GROUP, false, page)))
                .extracting(c -> c.id().value()).containsExactly("k0", "k4", "k6");
        assertThat(Paging.all(2, page -> repository().byType(tenant, CircleType.SUPPORT_GROUP, true, page)))
                .extracting(c -> c.id().value()).containsExactly("k0", "k2", "k4", "k6");
        assertThat(Paging.all(2, page -> repository().byType(freshTenant(), CircleType.SUPPORT_GROUP, true, page)))
                .isEmpty();
    }

    @Test
    void a_hundred_members_list_in_pages_of_twenty_five() {
        Circle circle = created();
        for (int i = 0; i < 99; i++) {
            circle = join(circle, String.format("u%03d", i), MembershipStatus.ACTIVE).circle();
        }
        assertThat(circle.stats().memberCount()).isEqualTo(100);
        List<Page<Membership>> pages = new java.util.ArrayList<>();
        PageRequest request = PageRequest.first(25);
        while (true) {
            Page<Membership> page = repository().members(tenant, c1, Option.none(), Option.of(MembershipStatus.ACTIVE),
                    request).get();
            pages.add(page);
            if (!page.hasNext()) {
                break;
            }
            request = request.after(page.next().get());
        }
        assertThat(pages).extracting(p -> p.items().size()).containsExactly(25, 25, 25, 25);
        assertThat(IntStream.range(0, 4).mapToObj(i -> pages.get(i).items()).flatMap(List::stream)
                .map(m -> m.member().value()).distinct().count()).isEqualTo(100);
    }

    @Test
    void a_members_circles_filter_by_membership_status_and_a_cursor_keeps_to_its_filter() {
        for (int i = 0; i < 9; i++) {
            String id = "f" + i;
            Circle circle = repository().create(circle(tenant, id, "owner", CircleType.SOCIAL, 10),
                    membership(tenant, id, "owner", Role.OWNER, MembershipStatus.ACTIVE)).get();
            MembershipStatus status = MembershipStatus.values()[i % 3];
            repository().apply(CircleChange.of(circle.withStats(circle.stats().withMembers(status
                    == MembershipStatus.ACTIVE ? 1 : 0), T0), new MembershipWrite.Create(membership(tenant, id, "bo",
                    Role.MEMBER, status)))).get();
        }
        UserId bo = new UserId("bo");
        for (MembershipStatus status : MembershipStatus.values()) {
            assertThat(Paging.all(2, page -> repository().circlesOf(tenant, bo, Option.of(status), page)))
                    .allMatch(m -> m.status() == status).hasSize(3);
        }
        assertThat(Paging.all(4, page -> repository().circlesOf(tenant, bo, Option.none(), page)))
                .extracting(m -> m.circle().value()).containsExactly("f0", "f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8");
        Page<Membership> pending = repository().circlesOf(tenant, bo, Option.of(MembershipStatus.PENDING),
                PageRequest.first(1)).get();
        assertThat(repository().circlesOf(tenant, bo, Option.of(MembershipStatus.ACTIVE),
                PageRequest.first(1).after(pending.next().get())).getLeft()).isInstanceOf(Problem.Invalid.class);
        assertThat(repository().circlesOf(tenant, bo, Option.none(),
                PageRequest.first(1).after(pending.next().get())).getLeft()).isInstanceOf(Problem.Invalid.class);
    }

    @Test
    void a_membership_joined_now_was_last_changed_when_it_was_joined() {
        Membership ana = join(created(), "ana", MembershipStatus.ACTIVE).writes().get(0).membership();
        assertThat(repository().membership(tenant, c1, new UserId("ana")).get().get().updatedAt())
                .isEqualTo(ana.joinedAt());
    }
}
