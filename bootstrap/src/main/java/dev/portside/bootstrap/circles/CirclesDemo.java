package dev.portside.bootstrap.circles;

import dev.portside.application.circles.Commands;
import dev.portside.application.circles.Community;
import dev.portside.application.circles.MemberForm;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import java.io.PrintStream;
import java.util.List;

/** The circles walk-through of {@code portside demo}: members, a circle with approval, a story and moderation. */
final class CirclesDemo {

    private static final String T = "demo";

    private CirclesDemo() {
    }

    static void run(Community community, PrintStream out) {
        show(out, "register ana@example.com", community.register(new Commands.RegisterMember(T, "ana",
                MemberForm.basic("ana@example.com", "Ana").withProfile(List.of("Latina"), "MANAGING_WELL",
                        List.of("peer support")))).map(m -> m.id() + " revision " + m.revision().value()));
        show(out, "register bea@example.com", community.register(new Commands.RegisterMember(T, "bea",
                MemberForm.basic("bea@example.com", "Bea"))).map(m -> m.id() + ""));
        show(out, "register ANA@example.com again", community.register(new Commands.RegisterMember(T, "ana2",
                MemberForm.basic("ANA@example.com", "Copy"))));
        show(out, "ana creates a private circle of 10", community.createCircle(new Commands.CreateCircle(T, "hope",
                "ana", "Hope Circle", "Newly diagnosed support", "SUPPORT_GROUP", "PRIVATE", true, 10,
                List.of("Latina"), "MODERATE", List.of("support"))).map(c -> c.id() + " members "
                + c.stats().memberCount()));
        show(out, "bea joins", community.join(new Commands.Join(T, "hope", "bea")).map(m -> m.status().name()));
        show(out, "bea posts before approval", community.share(new Commands.ShareStory(T, "s1", "bea", "hope",
                "Hello", "My first week", List.of())));
        show(out, "ana approves bea", community.approve(new Commands.Act(T, "hope", "ana", "bea"))
                .map(m -> m.status().name()));
        show(out, "bea posts", community.share(new Commands.ShareStory(T, "s1", "bea", "hope", "Hello",
                "My first week", List.of("hope"))).map(s -> s.id() + " " + s.status()));
        show(out, "ana votes helpful", community.markHelpful(new Commands.MarkHelpful(T, "s1", "ana"))
                .map(s -> s.helpfulVotes() + " vote(s)"));
        show(out, "bea flags her own story", community.moderate(new Commands.Moderate(T, "s1", "bea", "FLAG")));
        show(out, "ana (owner) flags it", community.moderate(new Commands.Moderate(T, "s1", "ana", "FLAG"))
                .map(s -> s.status().name()));
        show(out, "moderation queue", community.moderationQueue(new Commands.ModerationQueue(T, 10, null))
                .map(p -> p.items().stream().map(s -> s.id().value()).toList().toString()));
        show(out, "ana leaves without transferring", community.leave(new Commands.Leave(T, "hope", "ana")));
        show(out, "ana transfers ownership to bea", community.transferOwnership(new Commands.Act(T, "hope", "ana",
                "bea")).map(m -> m.member() + " is " + m.role()));
        show(out, "circle", community.circle(new Commands.GetCircle(T, "hope"))
                .map(c -> "owner " + c.owner() + ", members " + c.stats().memberCount()));
    }

    private static void show(PrintStream out, String step, Either<Problem, ?> result) {
        out.println("  " + step + " -> " + result.fold(p -> "refused: " + p.message(), ok -> "ok: " + ok));
    }
}
