package dev.portside.testkit.circles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.circles.Community;
import dev.portside.application.circles.CommunityCommands.AddComment;
import dev.portside.application.circles.CommunityCommands.ApproveMember;
import dev.portside.application.circles.CommunityCommands.CreateCircle;
import dev.portside.application.circles.CommunityCommands.FindMemberByEmail;
import dev.portside.application.circles.CommunityCommands.GetBusiness;
import dev.portside.application.circles.CommunityCommands.GetCircle;
import dev.portside.application.circles.CommunityCommands.GetMember;
import dev.portside.application.circles.CommunityCommands.GetStory;
import dev.portside.application.circles.CommunityCommands.ImportCircle;
import dev.portside.application.circles.CommunityCommands.ImportComment;
import dev.portside.application.circles.CommunityCommands.ImportMember;
import dev.portside.application.circles.CommunityCommands.ImportMembers;
import dev.portside.application.circles.CommunityCommands.ImportMembership;
import dev.portside.application.circles.CommunityCommands.ImportStory;
import dev.portside.application.circles.CommunityCommands.JoinCircle;
import dev.portside.application.circles.CommunityCommands.LeaveCircle;
import dev.portside.application.circles.CommunityCommands.ListCircleMembers;
import dev.portside.application.circles.CommunityCommands.ListFeed;
import dev.portside.application.circles.CommunityCommands.ListModerationQueue;
import dev.portside.application.circles.CommunityCommands.MarkStoryHelpful;
import dev.portside.application.circles.CommunityCommands.MemberForm;
import dev.portside.application.circles.CommunityCommands.ModerateStory;
import dev.portside.application.circles.CommunityCommands.RegisterBusiness;
import dev.portside.application.circles.CommunityCommands.RegisterBusinesses;
import dev.portside.application.circles.CommunityCommands.RegisterMember;
import dev.portside.application.circles.CommunityCommands.RegisterMembers;
import dev.portside.application.circles.CommunityCommands.RemoveMember;
import dev.portside.application.circles.CommunityCommands.ShareStory;
import dev.portside.application.circles.CommunityCommands.Stored;
import dev.portside.application.circles.CommunityCommands.TransferOwnership;
import dev.portside.application.circles.CommunityCommands.UpdateMember;
import dev.portside.application.circles.ImportReport;
import dev.portside.domain.circles.Member;
import dev.portside.domain.circles.MemberStats;
import dev.portside.domain.circles.Membership;
import dev.portside.domain.circles.MembershipStatus;
import dev.portside.domain.circles.Role;
import dev.portside.domain.circles.StoryStatus;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The {@link Community} rules on a given set of adapters: email claims, joining, approval, capacity, ownership,
 * posting and moderation — including the concurrent joins and helpful votes that must never lose an update — and
 * imports of stored facts (times, flags, counters kept; one atomic write per item; already present the second time).
 */
public abstract class CommunityContract extends CommunityFixture {

    private void circle(String id, String owner, String privacy, boolean approval, int max) {
        community().circles().create(CreateCircle.builder(tenant, owner, "Circle " + id, "SUPPORT_GROUP", privacy)
                .id(id).requireApproval(approval).maxMembers(max).moderationLevel("MODERATE").tags(List.of("support"))
                .build()).get();
    }

    private int memberCount(String circle) {
        return community().circles().get(new GetCircle(tenant, circle)).get().stats().memberCount();
    }

    private List<Membership> members(String circle, String status) {
        return Paging.all(50, page -> community().circles().members(new ListCircleMembers(tenant, circle, null,
                status, page.limit(), page.after().getOrNull())));
    }

    @Test
    void an_email_is_claimed_case_insensitively_and_released_when_it_changes() {
        Member ana = register("ana");
        Problem taken = community().members().register(new RegisterMember(tenant, "ana2",
                MemberForm.basic("ANA@example.com", "Other"))).getLeft();
        assertThat(taken).isInstanceOf(Problem.AlreadyExists.class);
        community().members().update(new UpdateMember(tenant, "ana", ana.revision().value(),
                MemberForm.basic("ana@new.org", "Ana"))).get();
        assertThat(community().members().register(new RegisterMember(tenant, "ana2",
                MemberForm.basic("ana@example.com", "Other"))).isRight()).isTrue();
        assertThat(community().members().byEmail(new FindMemberByEmail(tenant, "Ana@New.org")).get().id().value())
                .isEqualTo("ana");
    }

    @Test
    void joining_a_public_circle_is_active_and_an_approval_circle_waits_for_a_moderator() {
        register("owner");
        register("ana");
        register("bea");
        circle("open", "owner", "PUBLIC", false, 10);
        circle("closed", "owner", "PRIVATE", false, 10);
        assertThat(community().circles().join(new JoinCircle(tenant, "open", "ana")).get().status())
                .isEqualTo(MembershipStatus.ACTIVE);
        assertThat(memberCount("open")).isEqualTo(2);
        assertThat(community().circles().join(new JoinCircle(tenant, "open", "ana")).getLeft())
                .isInstanceOf(Problem.AlreadyExists.class);
        assertThat(community().circles().join(new JoinCircle(tenant, "closed", "ana")).get().status())
                .isEqualTo(MembershipStatus.PENDING);
        community().circles().join(new JoinCircle(tenant, "closed", "bea")).get();
        assertThat(memberCount("closed")).isEqualTo(1);
        assertThat(community().circles().approve(new ApproveMember(tenant, "closed", "bea", "ana")).getLeft())
                .isInstanceOf(Problem.Rejected.class);
        assertThat(community().circles().approve(new ApproveMember(tenant, "closed", "owner", "ana")).get().status())
                .isEqualTo(MembershipStatus.ACTIVE);
        assertThat(memberCount("closed")).isEqualTo(2);
        assertThat(members("closed", "ACTIVE")).hasSize(2);
        assertThat(members("closed", "PENDING")).extracting(m -> m.member().value()).containsExactly("bea");
    }

    @Test
    void a_full_circle_rejects_joins_and_a_removed_member_cannot_return() {
        for (String id : List.of("owner", "ana", "bea", "cat")) {
            register(id);
        }
        circle("tiny", "owner", "PUBLIC", false, 2);
        community().circles().join(new JoinCircle(tenant, "tiny", "ana")).get();
        Problem full = community().circles().join(new JoinCircle(tenant, "tiny", "bea")).getLeft();
        assertThat(full).isInstanceOf(Problem.Rejected.class);
        assertThat(((Problem.Rejected) full).rule()).isEqualTo("circle-full");
        community().circles().remove(new RemoveMember(tenant, "tiny", "owner", "ana")).get();
        assertThat(memberCount("tiny")).isEqualTo(1);
        assertThat(community().circles().join(new JoinCircle(tenant, "tiny", "ana")).getLeft())
                .isInstanceOf(Problem.Rejected.class);
        assertThat(community().circles().join(new JoinCircle(tenant, "tiny", "bea")).isRight()).isTrue();
        assertThat(community().circles().leave(new LeaveCircle(tenant, "tiny", "bea")).isRight()).isTrue();
        assertThat(memberCount("tiny")).isEqualTo(1);
    }

    @Test
    void the_owner_leaves_only_after_transferring_ownership_to_an_active_member() {
        register("owner");
        register("ana");
        circle("c", "owner", "PUBLIC", false, 10);
        community().circles().join(new JoinCircle(tenant, "c", "ana")).get();
        assertThat(community().circles().leave(new LeaveCircle(tenant, "c", "owner")).getLeft())
                .isInstanceOf(Problem.Rejected.class);
        assertThat(community().circles().transferOwnership(new TransferOwnership(tenant, "c", "ana", "owner"))
                .getLeft())
                .isInstanceOf(Problem.Rejected.class);
        assertThat(community().circles().transferOwnership(new TransferOwnership(tenant, "c", "owner", "ana")).get()
                .role())
                .isEqualTo(Role.OWNER);
        assertThat(community().circles().get(new GetCircle(tenant, "c")).get().owner().value()).isEqualTo("ana");
        assertThat(members("c", null)).extracting(Membership::role).containsExactlyInAnyOrder(Role.OWNER, Role.ADMIN);
        assertThat(community().circles().leave(new LeaveCircle(tenant, "c", "owner")).isRight()).isTrue();
        assertThat(memberCount("c")).isEqualTo(1);
    }

    @Test
    void only_members_post_to_a_circle_and_only_moderators_flag() {
        register("owner");
        register("ana");
        register("out");
        circle("c", "owner", "PUBLIC", false, 10);
        community().circles().join(new JoinCircle(tenant, "c", "ana")).get();
        Either<Problem, ?> outsider = community().stories().share(new ShareStory(tenant, "s0", "out", "c", "Hi", "x",
                List.of()));
        assertThat(outsider.getLeft()).isInstanceOf(Problem.Rejected.class);
        community().stories().share(new ShareStory(tenant, "s1", "ana", "c", "Hello", "my story", List.of("Hope")))
                .get();
        assertThat(community().stories().moderate(new ModerateStory(tenant, "s1", "ana", "FLAG")).getLeft())
                .isInstanceOf(Problem.Rejected.class);
        assertThat(community().stories().moderate(new ModerateStory(tenant, "s1", "owner", "FLAG")).get().status())
                .isEqualTo(StoryStatus.FLAGGED);
        assertThat(community().stories().moderationQueue(new ListModerationQueue(tenant, 10, null)).get().items())
                .extracting(s -> s.id().value()).containsExactly("s1");
        assertThat(community().stories().feed(new ListFeed(tenant, "c", 10, null)).get().items()).isEmpty();
        assertThat(community().members().get(new GetMember(tenant, "ana")).get().stats().storiesShared())
                .isEqualTo(1);
        assertThat(community().circles().get(new GetCircle(tenant, "c")).get().stats().postsThisWeek())
                .isEqualTo(1);
    }

    @Test
    void bulk_registration_reports_each_refused_row_and_writes_the_rest() {
        register("owner");
        var members = community().members().registerAll(new RegisterMembers(tenant, List.of(
                new RegisterMember(tenant, "n1", MemberForm.basic("n1@example.com", "N1")),
                new RegisterMember(tenant, "n2", MemberForm.basic("OWNER@example.com", "Copy")),
                new RegisterMember(tenant, "n3", MemberForm.basic("n1@EXAMPLE.com", "Twin")),
                new RegisterMember(tenant, "n4", MemberForm.basic("broken", "Broken"))))).get();
        assertThat(members.written()).containsExactly("n1");
        assertThat(members.refused()).containsOnlyKeys(1, 2, 3);
        assertThat(members.refused().get(3)).isInstanceOf(Problem.Invalid.class);
        var businesses = community().market().registerBusinesses(new RegisterBusinesses(tenant, List.of(
                new RegisterBusiness(tenant, "b1", "Tea", "food", "owner", null, "https://tea.example"),
                new RegisterBusiness(tenant, "b2", "Ghost", "food", "ghost", null, null)))).get();
        assertThat(businesses.written()).containsExactly("b1");
        assertThat(businesses.refused().get(1)).isEqualTo(new Problem.NotFound("member", "ghost"));
        assertThat(community().market().business(new GetBusiness(tenant, "b2")).getLeft())
                .isInstanceOf(Problem.NotFound.class);
    }

    @Test
    void sixteen_concurrent_joins_fill_a_circle_of_ten_exactly_and_the_rest_are_rejected() throws Exception {
        register("owner");
        List<String> joiners = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            joiners.add("j" + i);
            register("j" + i);
        }
        circle("race", "owner", "PUBLIC", false, 10);
        List<Either<Problem, Membership>> results = inParallel(16, joiners.stream()
                .<Callable<Either<Problem, Membership>>>map(j -> () -> community().circles().join(
                new JoinCircle(tenant, "race", j)))
                .toList());
        assertThat(results.stream().filter(Either::isRight)).hasSize(9);
        assertThat(results.stream().filter(Either::isLeft).map(Either::getLeft))
                .hasSize(7).allMatch(p -> p instanceof Problem.Rejected r && r.rule().equals("circle-full"));
        assertThat(memberCount("race")).isEqualTo(10);
        assertThat(members("race", "ACTIVE")).hasSize(10);
    }

    @Test
    void eight_threads_of_250_helpful_votes_count_exactly_2000() throws Exception {
        register("author");
        for (int i = 0; i < 8; i++) {
            register("v" + i);
        }
        community().stories().share(new ShareStory(tenant, "story", "author", null, "Title", "Body", List.of())).get();
        List<Callable<Integer>> voters = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String voter = "v" + i;
            voters.add(() -> {
                int ok = 0;
                for (int n = 0; n < 250; n++) {
                    ok += community().stories().markHelpful(new MarkStoryHelpful(tenant, "story", voter))
                            .isRight() ? 1 : 0;
                }
                return ok;
            });
        }
        assertThat(inParallel(8, voters)).containsOnly(250);
        assertThat(community().stories().get(new GetStory(tenant, "story")).get().helpfulVotes()).isEqualTo(2000);
        assertThat(community().members().get(new GetMember(tenant, "author")).get().stats().helpfulVotes())
                .isEqualTo(2000);
    }

    private static <T> List<T> inParallel(int threads, List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<T> out = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(tasks)) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    private static final java.time.Instant CREATED = java.time.Instant.parse("2020-01-02T03:04:05Z");
    private static final java.time.Instant UPDATED = java.time.Instant.parse("2021-05-01T10:00:00Z");

    private ImportReport importMember(String id, String email, boolean dryRun) {
        return community().imports().members(new ImportMembers(tenant, List.of(new ImportMember(id,
                MemberForm.basic(email, "Member " + id), true, false, 3, 12, 2, 5, "2021-06-01 08:00:00",
                new Stored("2020-01-02 03:04:05", "2021-05-01T10:00:00Z"))), dryRun)).get();
    }

    @Test
    void an_imported_member_keeps_its_stored_times_flags_and_counters_and_is_already_present_the_second_time() {
        assertThat(importMember("old", "old@example.com", true).written()).containsExactly("old");
        assertThat(community().members().get(new GetMember(tenant, "old")).isLeft()).as("a dry run writes nothing")
                .isTrue();
        assertThat(importMember("old", "old@example.com", false).written()).containsExactly("old");

        Member old = community().members().get(new GetMember(tenant, "old")).get();
        assertThat(old.verified()).isTrue();
        assertThat(old.active()).isFalse();
        assertThat(old.stats()).isEqualTo(new MemberStats(3, 12, 2, 5));
        assertThat(old.createdAt()).isEqualTo(CREATED);
        assertThat(old.updatedAt()).isEqualTo(UPDATED);
        assertThat(old.lastActive()).isEqualTo(java.time.Instant.parse("2021-06-01T08:00:00Z"));
        assertThat(importMember("old", "old@example.com", false).refused().get(0))
                .isInstanceOf(Problem.AlreadyExists.class);
        assertThat(importMember("old", "old@example.com", true).refused().get(0))
                .as("a dry run predicts it").isInstanceOf(Problem.AlreadyExists.class);
        assertThat(importMember("other", "OLD@example.com", false).refused().get(0))
                .isEqualTo(new Problem.AlreadyExists("member email", "old@example.com"));
    }

    @Test
    void bad_stored_facts_are_refused_with_every_violation_before_any_write() {
        ImportReport report = community().imports().members(new ImportMembers(tenant, List.of(new ImportMember("bad",
                MemberForm.basic("bad@example.com", "Bad"), false, true, -1, 0, 0, 0, "9999-01-01T00:00:00Z",
                new Stored("2021-01-01 00:00:00", "2020-01-01 00:00:00"))), false)).get();
        assertThat(report.refused().get(0)).isInstanceOfSatisfying(Problem.Invalid.class, invalid ->
                assertThat(invalid.violations()).extracting(v -> v.field())
                        .containsExactlyInAnyOrder("updatedAt", "lastActive", "storiesShared"));
        assertThat(community().members().get(new GetMember(tenant, "bad")).isLeft()).isTrue();
        assertThat(community().members().byEmail(new FindMemberByEmail(tenant, "bad@example.com")).isLeft())
                .as("the email stays free").isTrue();
    }

    @Test
    void an_imported_membership_counts_toward_its_circle_in_the_same_write_and_keeps_its_stored_role() {
        register("own");
        register("mod");
        register("wait");
        register("late");
        var hope = community().imports().circle(new ImportCircle(CreateCircle.builder(tenant, "own", "Hope",
                        "SUPPORT_GROUP", "PRIVATE").id("hope").requireApproval(true).maxMembers(2).build(), "ACTIVE", 2, 7,
                "2020-02-01 00:00:01", new Stored("2020-02-01 00:00:00", "2021-04-30 12:00:00"), false)).get();
        assertThat(hope.stats().postsThisMonth()).isEqualTo(7);
        assertThat(hope.createdAt()).isEqualTo(java.time.Instant.parse("2020-02-01T00:00:00Z"));

        Membership mod = community().imports().membership(new ImportMembership(tenant, "hope", "mod", "MODERATOR",
                "ACTIVE", "2020-03-01 09:30:00", false)).get();
        assertThat(mod.joinedAt()).isEqualTo(java.time.Instant.parse("2020-03-01T09:30:00Z"));
        assertThat(community().imports().membership(new ImportMembership(tenant, "hope", "wait", "MEMBER", "PENDING",
                null, false)).get().status()).isEqualTo(MembershipStatus.PENDING);
        assertThat(community().imports().membership(new ImportMembership(tenant, "hope", "late", "MEMBER", "ACTIVE",
                null, false)).getLeft()).isInstanceOfSatisfying(Problem.Rejected.class,
                r -> assertThat(r.rule()).isEqualTo("circle-full"));
        assertThat(community().imports().membership(new ImportMembership(tenant, "hope", "late", "OWNER", "ACTIVE",
                null, false)).getLeft()).isInstanceOfSatisfying(Problem.Rejected.class,
                r -> assertThat(r.rule()).isEqualTo("one-owner"));
        assertThat(community().imports().membership(new ImportMembership(tenant, "hope", "mod", "MODERATOR", "ACTIVE",
                null, false)).getLeft()).isInstanceOf(Problem.AlreadyExists.class);
        assertThat(community().imports().membership(new ImportMembership(tenant, "hope", "own", "OWNER", "ACTIVE",
                null, false)).getLeft()).as("the owner came with the circle").isInstanceOf(Problem.AlreadyExists.class);

        var stored = community().circles().get(new GetCircle(tenant, "hope")).get();
        assertThat(stored.stats().memberCount()).isEqualTo(2).isEqualTo(members("hope", "ACTIVE").size());
        assertThat(stored.updatedAt()).isEqualTo(java.time.Instant.parse("2021-04-30T12:00:00Z"));
        assertThat(members("hope", "PENDING")).extracting(m -> m.member().value()).containsExactly("wait");
    }

    @Test
    void imported_stories_keep_votes_status_and_times_so_the_feed_keeps_their_order() {
        register("writer");
        circle("club", "writer", "PUBLIC", false, 10);
        community().imports().story(new ImportStory(new ShareStory(tenant, "newer", "writer", "club", "Newer", "b",
                List.of()), "PUBLISHED", 9, 1, new Stored("2020-03-02 10:00:00", null), false)).get();
        community().imports().story(new ImportStory(new ShareStory(tenant, "older", "writer", "club", "Older", "b",
                List.of()), "PUBLISHED", 4, 0, new Stored("2020-02-15 10:00:00", null), false)).get();
        community().imports().story(new ImportStory(new ShareStory(tenant, "hidden", "writer", "club", "Hidden", "b",
                List.of()), "FLAGGED", 0, 0, new Stored("2020-04-01 10:00:00", null), false)).get();
        var comment = community().imports().comment(new ImportComment(new AddComment(tenant, "newer", "k1", "writer",
                "Thanks"), "2020-03-02 11:00:00", false)).get();

        assertThat(comment.createdAt()).isEqualTo(java.time.Instant.parse("2020-03-02T11:00:00Z"));
        assertThat(community().stories().feed(new ListFeed(tenant, "club", 10, null)).get().items())
                .extracting(s -> s.id().value()).containsExactly("newer", "older");
        var newer = community().stories().get(new GetStory(tenant, "newer")).get();
        assertThat(newer.helpfulVotes()).isEqualTo(9);
        assertThat(newer.comments()).isEqualTo(1);
        assertThat(community().members().get(new GetMember(tenant, "writer")).get().stats().storiesShared())
                .as("stored counters are facts, not re-counted").isZero();
        assertThat(community().imports().story(new ImportStory(new ShareStory(tenant, "older", "writer", "club",
                "Older", "b", List.of()), "PUBLISHED", 4, 0, Stored.NOW, true)).getLeft())
                .isInstanceOf(Problem.AlreadyExists.class);
        assertThat(community().imports().comment(new ImportComment(new AddComment(tenant, "newer", "k1", "writer",
                "Thanks"), null, false)).getLeft()).isInstanceOf(Problem.AlreadyExists.class);
    }
}
