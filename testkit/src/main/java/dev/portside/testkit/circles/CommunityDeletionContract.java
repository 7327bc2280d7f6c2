package dev.portside.testkit.circles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.circles.Community;
import dev.portside.application.circles.CommunityCommands.AddComment;
import dev.portside.application.circles.CommunityCommands.AddResource;
import dev.portside.application.circles.CommunityCommands.ApproveMember;
import dev.portside.application.circles.CommunityCommands.ChangeRole;
import dev.portside.application.circles.CommunityCommands.CreateCircle;
import dev.portside.application.circles.CommunityCommands.DeleteBusiness;
import dev.portside.application.circles.CommunityCommands.DeleteCircle;
import dev.portside.application.circles.CommunityCommands.DeleteMember;
import dev.portside.application.circles.CommunityCommands.DeleteResource;
import dev.portside.application.circles.CommunityCommands.DeleteStory;
import dev.portside.application.circles.CommunityCommands.FindMemberByEmail;
import dev.portside.application.circles.CommunityCommands.GetBusiness;
import dev.portside.application.circles.CommunityCommands.GetCircle;
import dev.portside.application.circles.CommunityCommands.GetMember;
import dev.portside.application.circles.CommunityCommands.GetResource;
import dev.portside.application.circles.CommunityCommands.GetStory;
import dev.portside.application.circles.CommunityCommands.JoinCircle;
import dev.portside.application.circles.CommunityCommands.ListCircleMembers;
import dev.portside.application.circles.CommunityCommands.ListCirclesOfMember;
import dev.portside.application.circles.CommunityCommands.ListComments;
import dev.portside.application.circles.CommunityCommands.MemberForm;
import dev.portside.application.circles.CommunityCommands.RegisterBusiness;
import dev.portside.application.circles.CommunityCommands.RegisterMember;
import dev.portside.application.circles.CommunityCommands.ShareStory;
import dev.portside.domain.circles.Business;
import dev.portside.domain.circles.Circle;
import dev.portside.domain.circles.Member;
import dev.portside.domain.circles.Membership;
import dev.portside.domain.circles.MembershipStatus;
import dev.portside.domain.circles.Resource;
import dev.portside.domain.circles.Story;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Deleting members, circles, stories, businesses and resources through {@link Community} on a given set of adapters:
 * a deleted member leaves nothing personal behind (profile, email claim, memberships) and its email registers again;
 * circles lose their memberships and members their circles; stories lose their comments; every delete names the
 * revision it saw (another is a Conflict that changes nothing) and only the allowed actor deletes. Sizes beyond one
 * DynamoDB transaction (100 items) are included.
 */
public abstract class CommunityDeletionContract extends CommunityFixture {

    private Member member(String id) {
        return community().members().get(new GetMember(tenant, id)).get();
    }

    private Circle circle(String id, String owner, boolean approval) {
        return community().circles().create(CreateCircle.builder(tenant, owner, "Circle " + id, "SUPPORT_GROUP",
                "PUBLIC").id(id).requireApproval(approval).maxMembers(500).build()).get();
    }

    private Circle circle(String id) {
        return community().circles().get(new GetCircle(tenant, id)).get();
    }

    private List<Membership> circlesOf(String member) {
        return Paging.all(7, page -> community().circles().circlesOf(new ListCirclesOfMember(tenant, member, null,
                page.limit(), page.after().getOrNull())));
    }

    private List<Membership> membersOf(String circle) {
        return Paging.all(7, page -> community().circles().members(new ListCircleMembers(tenant, circle, null, null,
                page.limit(), page.after().getOrNull())));
    }

    @Test
    void a_deleted_member_leaves_no_profile_claim_or_membership_and_the_email_registers_again() {
        register("own");
        Member ana = register("ana");
        circle("open", "own", false);
        circle("gated", "own", true);
        community().circles().join(new JoinCircle(tenant, "open", "ana")).get();
        community().circles().join(new JoinCircle(tenant, "gated", "ana")).get();
        assertThat(circle("open").stats().memberCount()).isEqualTo(2);
        ana = member("ana");

        assertThat(community().members().delete(new DeleteMember(tenant, "ana", ana.revision().value())).get().value())
                .isEqualTo("ana");

        assertThat(community().members().get(new GetMember(tenant, "ana")).getLeft()).isInstanceOf(Problem.NotFound.class);
        assertThat(community().members().byEmail(new FindMemberByEmail(tenant, "ana@example.com")).getLeft())
                .isInstanceOf(Problem.NotFound.class);
        assertThat(circlesOf("ana")).isEmpty();
        assertThat(membersOf("open")).extracting(m -> m.member().value()).containsExactly("own");
        assertThat(membersOf("gated")).extracting(m -> m.member().value()).containsExactly("own");
        assertThat(circle("open").stats().memberCount()).isEqualTo(1);
        assertThat(circle("gated").stats().memberCount()).isEqualTo(1);
        assertThat(community().members().register(new RegisterMember(tenant, "ana-again",
                MemberForm.basic("ANA@example.com", "Ana"))).isRight()).isTrue();
    }

    @Test
    void deleting_a_member_at_another_revision_is_a_conflict_and_changes_nothing() {
        register("own");
        Member ana = register("ana");
        circle("c", "own", false);
        community().circles().join(new JoinCircle(tenant, "c", "ana")).get();
        Member now = member("ana");
        Problem stale = community().members().delete(new DeleteMember(tenant, "ana", ana.revision().value() + 7))
                .getLeft();
        assertThat(stale).isEqualTo(new Problem.Conflict("member", "ana", new Revision(ana.revision().value() + 7),
                now.revision()));
        assertThat(member("ana")).isEqualTo(now);
        assertThat(circlesOf("ana")).hasSize(1);
        assertThat(circle("c").stats().memberCount()).isEqualTo(2);
        assertThat(community().members().delete(new DeleteMember(tenant, "nobody", 1L)).getLeft())
                .isInstanceOf(Problem.NotFound.class);
    }

    @Test
    void an_owner_is_not_deleted_before_transferring_the_circle() {
        Member own = register("own");
        circle("c", "own", false);
        own = member("own");
        Problem refused = community().members().delete(new DeleteMember(tenant, "own", own.revision().value()))
                .getLeft();
        assertThat(refused).isInstanceOf(Problem.Rejected.class);
        assertThat(((Problem.Rejected) refused).rule()).isEqualTo("owner-must-transfer");
        assertThat(member("own")).isEqualTo(own);
        assertThat(circlesOf("own")).hasSize(1);
    }

    @Test
    void a_member_of_forty_circles_leaves_them_all_with_their_counts() {
        register("own");
        register("bo");
        for (int i = 0; i < 40; i++) {
            String id = String.format("c%02d", i);
            circle(id, "own", i % 4 == 0);
            community().circles().join(new JoinCircle(tenant, id, "bo")).get();
        }
        Member bo = member("bo");
        community().members().delete(new DeleteMember(tenant, "bo", bo.revision().value())).get();
        assertThat(community().members().get(new GetMember(tenant, "bo")).getLeft()).isInstanceOf(Problem.NotFound.class);
        assertThat(circlesOf("bo")).isEmpty();
        for (int i = 0; i < 40; i++) {
            String id = String.format("c%02d", i);
            assertThat(circle(id).stats().memberCount()).as(id).isEqualTo(1);
            assertThat(membersOf(id)).extracting(m -> m.member().value()).containsExactly("own");
        }
    }

    @Test
    void only_the_owner_deletes_a_circle_at_the_revision_they_saw_and_its_memberships_go_with_it() {
        register("own");
        register("mod");
        for (int i = 0; i < 60; i++) {
            register(String.format("m%02d", i));
        }
        circle("big", "own", false);
        circle("other", "own", false);
        community().circles().join(new JoinCircle(tenant, "big", "mod")).get();
        community().circles().changeRole(new ChangeRole(tenant, "big", "own", "mod", "ADMIN")).get();
        for (int i = 0; i < 60; i++) {
            community().circles().join(new JoinCircle(tenant, "big", String.format("m%02d", i))).get();
        }
        community().circles().join(new JoinCircle(tenant, "other", "m00")).get();
        Circle big = circle("big");
        assertThat(big.stats().memberCount()).isEqualTo(62);

        Problem notOwner = community().circles().delete(new DeleteCircle(tenant, "big", "mod", big.revision().value()))
                .getLeft();
        assertThat(notOwner).isInstanceOf(Problem.Rejected.class);
        Problem stale = community().circles().delete(new DeleteCircle(tenant, "big", "own",
                big.revision().value() - 1)).getLeft();
        assertThat(stale).isEqualTo(new Problem.Conflict("circle", "big", new Revision(big.revision().value() - 1),
                big.revision()));
        assertThat(membersOf("big")).hasSize(62);

        assertThat(community().circles().delete(new DeleteCircle(tenant, "big", "own", big.revision().value())).get()
                .value()).isEqualTo("big");
        assertThat(community().circles().get(new GetCircle(tenant, "big")).getLeft()).isInstanceOf(Problem.NotFound.class);
        assertThat(membersOf("big")).isEmpty();
        assertThat(circlesOf("m00")).extracting(m -> m.circle().value()).containsExactly("other");
        assertThat(circlesOf("mod")).isEmpty();
        assertThat(circlesOf("own")).extracting(m -> m.circle().value()).containsExactly("other");
        assertThat(circle("other").stats().memberCount()).isEqualTo(2);
        assertThat(community().circles().delete(new DeleteCircle(tenant, "big", "own", big.revision().value()))
                .getLeft()).isInstanceOf(Problem.NotFound.class);
    }

    @Test
    void the_author_or_a_moderator_deletes_a_story_with_all_its_comments() {
        register("own");
        register("ana");
        register("bea");
        circle("c", "own", false);
        community().circles().join(new JoinCircle(tenant, "c", "ana")).get();
        community().circles().join(new JoinCircle(tenant, "c", "bea")).get();
        Story kept = community().stories().share(new ShareStory(tenant, "kept", "ana", "c", "Kept", "Body", List.of()))
                .get();
        community().stories().share(new ShareStory(tenant, "long", "ana", "c", "Long", "Body", List.of())).get();
        community().stories().comment(new AddComment(tenant, "kept", "k", "bea", "stays")).get();
        for (int i = 0; i < 120; i++) {
            community().stories().comment(new AddComment(tenant, "long", String.format("k%03d", i), "bea", "c" + i))
                    .get();
        }
        Story longer = community().stories().get(new GetStory(tenant, "long")).get();
        assertThat(longer.comments()).isEqualTo(120);

        Problem stranger = community().stories().delete(new DeleteStory(tenant, "long", "bea",
                longer.revision().value())).getLeft();
        assertThat(stranger).isInstanceOf(Problem.Rejected.class);
        Problem stale = community().stories().delete(new DeleteStory(tenant, "long", "ana",
                longer.revision().value() - 1)).getLeft();
        assertThat(stale).isInstanceOf(Problem.Conflict.class);
        assertThat(comments("long")).hasSize(120);

        assertThat(community().stories().delete(new DeleteStory(tenant, "long", "ana", longer.revision().value()))
                .get().value()).isEqualTo("long");
        assertThat(community().stories().get(new GetStory(tenant, "long")).getLeft()).isInstanceOf(Problem.NotFound.class);
        assertThat(comments("long")).isEmpty();
        assertThat(comments("kept")).hasSize(1);

        kept = community().stories().get(new GetStory(tenant, "kept")).get();
        assertThat(community().stories().delete(new DeleteStory(tenant, "kept", "own", kept.revision().value()))
                .isRight()).as("the circle's owner moderates it").isTrue();
        assertThat(community().stories().delete(new DeleteStory(tenant, "kept", "own", kept.revision().value()))
                .getLeft()).isInstanceOf(Problem.NotFound.class);
    }

    private List<?> comments(String story) {
        return Paging.all(50, page -> community().stories().comments(new ListComments(tenant, story, page.limit(),
                page.after().getOrNull())));
    }

    @Test
    void the_owner_deletes_a_business_and_anyone_a_resource_at_the_revision_they_saw() {
        register("ana");
        register("bea");
        Business shop = community().market().registerBusiness(new RegisterBusiness(tenant, "shop", "Shop", "food",
                "ana", null, null)).get();
        assertThat(community().market().deleteBusiness(new DeleteBusiness(tenant, "shop", "bea",
                shop.revision().value())).getLeft()).isInstanceOf(Problem.Rejected.class);
        assertThat(community().market().deleteBusiness(new DeleteBusiness(tenant, "shop", "ana",
                shop.revision().value() + 1)).getLeft()).isInstanceOf(Problem.Conflict.class);
        assertThat(community().market().deleteBusiness(new DeleteBusiness(tenant, "shop", "ana",
                shop.revision().value())).get().value()).isEqualTo("shop");
        assertThat(community().market().business(new GetBusiness(tenant, "shop")).getLeft())
                .isInstanceOf(Problem.NotFound.class);

        Resource guide = community().market().addResource(new AddResource(tenant, "guide", "Guide", "GUIDE",
                "https://example.org/guide", List.of(), null)).get();
        assertThat(community().market().deleteResource(new DeleteResource(tenant, "guide",
                guide.revision().value() + 1)).getLeft()).isEqualTo(new Problem.Conflict("resource", "guide",
                guide.revision().next(), guide.revision()));
        assertThat(community().market().resource(new GetResource(tenant, "guide")).isRight()).isTrue();
        assertThat(community().market().deleteResource(new DeleteResource(tenant, "guide", guide.revision().value()))
                .get().value()).isEqualTo("guide");
        assertThat(community().market().resource(new GetResource(tenant, "guide")).getLeft())
                .isInstanceOf(Problem.NotFound.class);
        assertThat(community().market().deleteResource(new DeleteResource(tenant, "guide", guide.revision().value()))
                .getLeft()).isInstanceOf(Problem.NotFound.class);
    }

    @Test
    void a_members_circles_are_listed_by_membership_status() {
        register("own");
        register("ana");
        circle("open", "own", false);
        circle("gated", "own", true);
        circle("later", "own", true);
        community().circles().join(new JoinCircle(tenant, "open", "ana")).get();
        community().circles().join(new JoinCircle(tenant, "gated", "ana")).get();
        community().circles().join(new JoinCircle(tenant, "later", "ana")).get();
        community().circles().approve(new ApproveMember(tenant, "later", "own", "ana")).get();
        assertThat(Paging.all(1, page -> community().circles().circlesOf(new ListCirclesOfMember(tenant, "ana",
                "ACTIVE", page.limit(), page.after().getOrNull())))).extracting(m -> m.circle().value())
                .containsExactly("later", "open");
        assertThat(Paging.all(1, page -> community().circles().circlesOf(new ListCirclesOfMember(tenant, "ana",
                "PENDING", page.limit(), page.after().getOrNull())))).extracting(m -> m.circle().value())
                .containsExactly("gated");
        Membership approved = Paging.all(5, page -> community().circles().circlesOf(new ListCirclesOfMember(tenant,
                "ana", "ACTIVE", page.limit(), page.after().getOrNull()))).get(0);
        assertThat(approved.updatedAt()).isAfterOrEqualTo(approved.joinedAt());
        assertThat(approved.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(community().circles().circlesOf(new ListCirclesOfMember(tenant, "ana", "GONE", 5, null)).getLeft())
                .isInstanceOf(Problem.Invalid.class);
    }
}
