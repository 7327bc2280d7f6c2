package dev.portside.bootstrap.circles;

import dev.portside.bootstrap.spi.DemoSteps;
import dev.portside.application.circles.CommunityCommands.ApproveMember;
import dev.portside.application.circles.CommunityCommands.CreateCircle;
import dev.portside.application.circles.CommunityCommands.GetCircle;
import dev.portside.application.circles.CommunityCommands.JoinCircle;
import dev.portside.application.circles.CommunityCommands.LeaveCircle;
import dev.portside.application.circles.CommunityCommands.ListModerationQueue;
import dev.portside.application.circles.CommunityCommands.MarkStoryHelpful;
import dev.portside.application.circles.CommunityCommands.MemberForm;
import dev.portside.application.circles.CommunityCommands.ModerateStory;
import dev.portside.application.circles.CommunityCommands.RegisterMember;
import dev.portside.application.circles.CommunityCommands.ShareStory;
import dev.portside.application.circles.CommunityCommands.TransferOwnership;
import dev.portside.application.circles.Community;
import dev.portside.domain.kernel.Problem;
import java.util.List;

/** The circles walk-through of {@code portside demo}: members, a circle with approval, a story and moderation. */
final class CirclesDemo {

    private static final String T = "demo";

    private CirclesDemo() {
    }

    static void run(Community community, DemoSteps steps) {
        steps.ok("register ana@example.com", community.members().register(new RegisterMember(T, "ana",
                MemberForm.builder("ana@example.com", "Ana").culturalBackground(List.of("Latina"))
                        .diagnosisStage("MANAGING_WELL").supportNeeds(List.of("peer support")).build()))
                .map(m -> m.id() + " revision " + m.revision().value()), String::valueOf);
        steps.ok("register bea@example.com", community.members().register(new RegisterMember(T, "bea",
                MemberForm.basic("bea@example.com", "Bea"))).map(m -> m.id() + ""), String::valueOf);
        steps.refused("register ANA@example.com again", community.members().register(new RegisterMember(T, "ana2",
                MemberForm.basic("ANA@example.com", "Copy"))), Problem.AlreadyExists.class);
        steps.ok("ana creates a private circle of 10", community.circles().create(
                CreateCircle.builder(T, "ana", "Hope Circle", "SUPPORT_GROUP", "PRIVATE").id("hope")
                        .description("Newly diagnosed support").requireApproval(true).maxMembers(10)
                        .culturalFocus(List.of("Latina")).moderationLevel("MODERATE").tags(List.of("support"))
                        .build()).map(c -> c.id() + " members " + c.stats().memberCount()), String::valueOf);
        steps.ok("bea joins", community.circles().join(new JoinCircle(T, "hope", "bea"))
                .map(m -> m.status().name()), String::valueOf);
        steps.refused("bea posts before approval", community.stories().share(new ShareStory(T, "s1", "bea", "hope",
                "Hello", "My first week", List.of())), Problem.Rejected.class);
        steps.ok("ana approves bea", community.circles().approve(new ApproveMember(T, "hope", "ana", "bea"))
                .map(m -> m.status().name()), String::valueOf);
        steps.ok("bea posts", community.stories().share(new ShareStory(T, "s1", "bea", "hope", "Hello",
                "My first week", List.of("hope"))).map(s -> s.id() + " " + s.status()), String::valueOf);
        steps.ok("ana votes helpful", community.stories().markHelpful(new MarkStoryHelpful(T, "s1", "ana"))
                .map(s -> s.helpfulVotes() + " vote(s)"), String::valueOf);
        steps.refused("bea flags her own story",
                community.stories().moderate(new ModerateStory(T, "s1", "bea", "FLAG")), Problem.Rejected.class);
        steps.ok("ana (owner) flags it", community.stories().moderate(new ModerateStory(T, "s1", "ana", "FLAG"))
                .map(s -> s.status().name()), String::valueOf);
        steps.ok("moderation queue", community.stories().moderationQueue(new ListModerationQueue(T, 10, null))
                .map(p -> p.items().stream().map(s -> s.id().value()).toList().toString()), String::valueOf);
        steps.refused("ana leaves without transferring", community.circles().leave(new LeaveCircle(T, "hope", "ana")),
                Problem.Rejected.class);
        steps.ok("ana transfers ownership to bea", community.circles().transferOwnership(
                new TransferOwnership(T, "hope", "ana", "bea")).map(m -> m.member() + " is " + m.role()),
                String::valueOf);
        steps.ok("circle", community.circles().get(new GetCircle(T, "hope"))
                .map(c -> "owner " + c.owner() + ", members " + c.stats().memberCount()), String::valueOf);
    }
}
