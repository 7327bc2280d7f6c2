package dev.portside.testkit.circles;

import static dev.portside.testkit.circles.CircleFixtures.freshTenant;
import static dev.portside.testkit.circles.CircleFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.circles.DiagnosisStage;
import dev.portside.domain.circles.Email;
import dev.portside.domain.circles.Member;
import dev.portside.domain.circles.MemberRepository;
import dev.portside.domain.circles.MemberSearch;
import dev.portside.domain.circles.MemberStats;
import dev.portside.domain.kernel.UserId;
import dev.portside.domain.kernel.Cursor;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** What every {@link MemberRepository} must do: revisions, atomic email claims, lookups, search, batches. */
public abstract class MemberRepositoryContract {

    protected abstract MemberRepository repository();

    private final TenantId tenant = freshTenant();

    @Test
    void a_created_member_reads_back_by_id_and_by_email_with_revision_one() {
        Member created = repository().create(member(tenant, "ana", "Ana@Example.com")).get();
        assertThat(created.revision()).isEqualTo(Revision.INITIAL);
        assertThat(repository().get(tenant, new UserId("ana")).get()).contains(created);
        assertThat(repository().byEmail(tenant, Email.of("ANA@example.COM").get()).get()).contains(created);
    }

    @Test
    void a_second_member_with_the_same_id_or_email_is_refused_and_changes_nothing() {
        repository().create(member(tenant, "ana", "ana@example.com")).get();
        assertThat(repository().create(member(tenant, "ana", "other@example.com")).getLeft())
                .isInstanceOf(Problem.AlreadyExists.class);
        assertThat(repository().create(member(tenant, "bea", "ANA@example.com")).getLeft())
                .isInstanceOf(Problem.AlreadyExists.class);
        assertThat(repository().get(tenant, new UserId("bea")).get()).isEmpty();
        assertThat(repository().byEmail(tenant, Email.of("other@example.com").get()).get()).isEmpty();
    }

    @Test
    void save_bumps_the_revision_and_a_stale_save_is_a_conflict_with_both_revisions() {
        Member created = repository().create(member(tenant, "ana", "ana@example.com")).get();
        Member saved = repository().save(created.withStats(new MemberStats(1, 0, 0, 0), CircleFixtures.T0))
                .get();
        assertThat(saved.revision()).isEqualTo(new Revision(2));
        Problem stale = repository().save(created).getLeft();
        assertThat(stale).isEqualTo(new Problem.Conflict("member", "ana", Revision.INITIAL, new Revision(2)));
        assertThat(repository().get(tenant, new UserId("ana")).get().get().stats().storiesShared()).isEqualTo(1);
    }

    @Test
    void changing_the_email_releases_the_old_one_and_claims_the_new_one_together() {
        Member ana = repository().create(member(tenant, "ana", "ana@example.com")).get();
        repository().create(member(tenant, "bea", "bea@example.com")).get();
        Member moved = repository().save(ana.withDetails(Email.of("ana@new.org").get(), ana.profile(),
                ana.preferences(), ana.settings(), ana.primaryGoals(), CircleFixtures.T0)).get();
        assertThat(repository().byEmail(tenant, Email.of("ana@example.com").get()).get()).isEmpty();
        assertThat(repository().byEmail(tenant, Email.of("ana@new.org").get()).get()).contains(moved);
        assertThat(repository().create(member(tenant, "cat", "ana@example.com")).isRight()).isTrue();
        Problem taken = repository().save(moved.withDetails(Email.of("BEA@example.com").get(), ana.profile(),
                ana.preferences(), ana.settings(), ana.primaryGoals(), CircleFixtures.T0)).getLeft();
        assertThat(taken).isInstanceOf(Problem.AlreadyExists.class);
        assertThat(repository().get(tenant, new UserId("ana")).get()).contains(moved);
        assertThat(repository().byEmail(tenant, Email.of("bea@example.com").get()).get().get().id().value())
                .isEqualTo("bea");
    }

    @Test
    void concurrent_stats_increments_are_never_lost() throws Exception {
        repository().create(member(tenant, "ana", "ana@example.com")).get();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            done.add(pool.submit(() -> IntStream.range(0, 25).forEach(i -> repository().addStats(tenant,
                    new UserId("ana"), new MemberStats(1, 2, 0, 1), CircleFixtures.T0.plusSeconds(i)).get())));
        }
        for (java.util.concurrent.Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        Member ana = repository().get(tenant, new UserId("ana")).get().get();
        assertThat(ana.stats()).isEqualTo(new MemberStats(100, 200, 0, 100));
        assertThat(ana.revision()).isEqualTo(new Revision(101));
        assertThat(repository().byEmail(tenant, Email.of("ana@example.com").get()).get()).contains(ana);
        assertThat(repository().addStats(tenant, new UserId("nobody"), new MemberStats(1, 0, 0, 0),
                CircleFixtures.T0).getLeft()).isInstanceOf(Problem.NotFound.class);
    }

    @Test
    void saving_a_member_that_does_not_exist_is_not_found() {
        assertThat(repository().save(member(tenant, "ghost", "ghost@example.com")).getLeft())
                .isInstanceOf(Problem.NotFound.class);
    }

    @Test
    void another_tenant_sees_neither_the_member_nor_its_email_and_may_reuse_both() {
        repository().create(member(tenant, "ana", "ana@example.com")).get();
        TenantId other = freshTenant();
        assertThat(repository().get(other, new UserId("ana")).get()).isEmpty();
        assertThat(repository().byEmail(other, Email.of("ana@example.com").get()).get()).isEmpty();
        assertThat(repository().create(member(other, "ana", "ana@example.com")).isRight()).isTrue();
    }

    @Test
    void batch_get_returns_existing_members_in_request_order_across_many_chunks() {
        List<UserId> ids = new ArrayList<>();
        List<Member> batch = IntStream.range(0, 130).mapToObj(i -> member(tenant, "m" + i, "m" + i + "@example.com"))
                .toList();
        assertThat(repository().createAll(tenant, batch).get().written()).hasSize(130);
        for (int i = 129; i >= 0; i -= 2) {
            ids.add(new UserId("m" + i));
        }
        ids.add(new UserId("missing"));
        List<Member> found = repository().getAll(tenant, ids).get();
        assertThat(found).extracting(m -> m.id().value())
                .containsExactlyElementsOf(ids.subList(0, ids.size() - 1).stream().map(UserId::value).toList());
    }

    @Test
    void a_batch_create_writes_the_new_members_and_reports_taken_ids_and_emails() {
        repository().create(member(tenant, "old", "old@example.com")).get();
        List<Member> batch = new ArrayList<>();
        IntStream.range(0, 60).forEach(i -> batch.add(member(tenant, "b" + i, "b" + i + "@example.com")));
        batch.add(member(tenant, "old", "fresh@example.com"));
        batch.add(member(tenant, "b99", "OLD@example.com"));
        var outcome = repository().createAll(tenant, batch).get();
        assertThat(outcome.written()).hasSize(60);
        assertThat(outcome.refused()).containsOnlyKeys("old", "b99");
        assertThat(outcome.refused()).containsEntry("old", new Problem.AlreadyExists("member", "old"))
                .containsEntry("b99", new Problem.AlreadyExists("member email", "old@example.com"));
        assertThat(repository().byEmail(tenant, Email.of("b59@example.com").get()).get().isDefined()).isTrue();
        assertThat(repository().byEmail(tenant, Email.of("fresh@example.com").get()).get()).isEmpty();
        assertThat(repository().get(tenant, new UserId("b99")).get()).isEmpty();
    }

    @Test
    void search_pages_matching_members_by_id_with_exactly_limit_items_per_page() {
        for (int i = 0; i < 23; i++) {
            List<String> backgrounds = i % 2 == 0 ? List.of("Latina", "Caribbean") : List.of("Asian American");
            DiagnosisStage stage = i % 3 == 0 ? DiagnosisStage.NEWLY_DIAGNOSED : DiagnosisStage.MANAGING_WELL;
            repository().create(member(tenant, String.format("s%02d", i), "s" + i + "@example.com",
                    backgrounds, stage, List.of(i % 4 == 0 ? "Peer Support" : "education"))).get();
        }
        MemberSearch latina = new MemberSearch(Option.of("latina"), Option.none(), Option.none());
        List<Member> all = Paging.all(5, page -> repository().search(tenant, latina, page));
        assertThat(all).extracting(m -> m.id().value())
                .containsExactlyElementsOf(IntStream.range(0, 23).filter(i -> i % 2 == 0)
                        .mapToObj(i -> String.format("s%02d", i)).toList());
        MemberSearch combined = new MemberSearch(Option.of("Latina"), Option.of("peer support"),
                Option.of(DiagnosisStage.NEWLY_DIAGNOSED));
        assertThat(Paging.all(2, page -> repository().search(tenant, combined, page)))
                .extracting(m -> m.id().value()).containsExactly("s00", "s12");
    }

    @Test
    void a_forged_or_foreign_cursor_is_invalid() {
        for (int i = 0; i < 4; i++) {
            repository().create(member(tenant, "c" + i, "c" + i + "@example.com")).get();
        }
        MemberSearch any = new MemberSearch(Option.none(), Option.none(), Option.none());
        Page<Member> first = repository().search(tenant, any, PageRequest.first(2)).get();
        Cursor cursor = first.next().get();
        assertThat(repository().search(freshTenant(), any, PageRequest.first(2).after(cursor)).getLeft())
                .isInstanceOf(Problem.Invalid.class);
        MemberSearch other = new MemberSearch(Option.of("x"), Option.none(), Option.none());
        assertThat(repository().search(tenant, other, PageRequest.first(2).after(cursor)).getLeft())
                .isInstanceOf(Problem.Invalid.class);
        assertThat(repository().search(tenant, any, PageRequest.first(2).after(new Cursor(cursor.token() + "x")))
                .getLeft()).isInstanceOf(Problem.Invalid.class);
    }

    @Property(tries = 8)
    void emails_stay_unique_whatever_order_members_register_and_move_in(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 5) Integer> emailPicks) {
        TenantId t = freshTenant();
        Map<String, String> owners = new HashMap<>();
        for (int i = 0; i < emailPicks.size(); i++) {
            String email = "e" + emailPicks.get(i) + "@example.com";
            boolean created = repository().create(member(t, "p" + i, email)).isRight();
            assertThat(created).isEqualTo(!owners.containsKey(email));
            owners.putIfAbsent(email, "p" + i);
        }
        for (Map.Entry<String, String> e : owners.entrySet()) {
            assertThat(repository().byEmail(t, Email.of(e.getKey()).get()).get().map(m -> m.id().value()))
                    .contains(e.getValue());
        }
    }
}
