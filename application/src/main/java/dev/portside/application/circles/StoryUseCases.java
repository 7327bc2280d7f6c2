package dev.portside.application.circles;

import dev.portside.application.circles.CommunityCommands.AddComment;
import dev.portside.application.circles.CommunityCommands.DeleteStory;
import dev.portside.application.circles.CommunityCommands.ListComments;
import dev.portside.application.circles.CommunityCommands.ListFeed;
import dev.portside.application.circles.CommunityCommands.GetStory;
import dev.portside.application.circles.CommunityCommands.MarkStoryHelpful;
import dev.portside.application.circles.CommunityCommands.ListModerationQueue;
import dev.portside.application.circles.CommunityCommands.ModerateStory;
import dev.portside.application.circles.CommunityCommands.ShareStory;
import dev.portside.domain.circles.CircleId;
import dev.portside.domain.circles.CircleRules;
import dev.portside.domain.circles.Comment;
import dev.portside.domain.circles.CommentId;
import dev.portside.domain.circles.DeletionRules;
import dev.portside.domain.circles.Labels;
import dev.portside.domain.circles.MemberStats;
import dev.portside.domain.circles.MembershipStatus;
import dev.portside.domain.circles.Role;
import dev.portside.domain.circles.Story;
import dev.portside.domain.circles.StoryId;
import dev.portside.domain.circles.StoryStatus;
import dev.portside.domain.kernel.UserId;
import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Retry;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.UseCaseObserver;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The stories of a {@link Community}: sharing, comments, helpful votes and moderation. Only ACTIVE members post
 * to a circle; only an ACTIVE MODERATOR+ of the story's circle (for a story outside circles: of any circle) flags,
 * removes or restores it.
 */
public final class StoryUseCases {

    private static final String CONTEXT = "circles";

    private static final Map<String, List<StoryStatus>> MODERATION = Map.of(
            "FLAG", List.of(StoryStatus.PUBLISHED, StoryStatus.FLAGGED),
            "REMOVE", List.of(StoryStatus.PUBLISHED, StoryStatus.FLAGGED, StoryStatus.REMOVED),
            "RESTORE", List.of(StoryStatus.FLAGGED, StoryStatus.REMOVED, StoryStatus.PUBLISHED));
    private static final Map<String, StoryStatus> OUTCOME = Map.of(
            "FLAG", StoryStatus.FLAGGED, "REMOVE", StoryStatus.REMOVED, "RESTORE", StoryStatus.PUBLISHED);

    private final Ports ports;
    private final MemberUseCases members;
    private final CircleUseCases circles;
    private final UseCaseObserver observer;

    StoryUseCases(Ports ports, MemberUseCases members, CircleUseCases circles,
                  UseCaseObserver observer) {
        this.ports = ports;
        this.members = members;
        this.circles = circles;
        this.observer = observer;
    }

    public Either<Problem, Story> share(ShareStory c) {
        return observer.observe(CONTEXT, "stories.share", () -> shareUnobserved(c));
    }

    private Either<Problem, Story> shareUnobserved(ShareStory c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        Story parsed = story(checks, tenant, c, ports.clock().instant());
        return checks.build(() -> parsed)
                .flatMap(story -> Checks.found(ports.members().get(tenant, story.author()), "member", story.author())
                        .flatMap(m -> mayPost(tenant, story.circle(), story.author()))
                        .flatMap(ok -> ports.stories().create(story)))
                .peek(s -> {
                    members.addStats(tenant, s.author(), new MemberStats(1, 0, 0, 0));
                    s.circle().forEach(cid -> circles.countPost(tenant, cid));
                });
    }

    /** A new PUBLISHED story from {@code c}, or null with the violations added to {@code checks}. */
    Story story(Checks checks, TenantId tenant, ShareStory c, Instant now) {
        int before = checks.violations().size();
        StoryId id = c.id() == null ? new StoryId(ports.ids().newId()) : checks.take(StoryId.of(c.id()));
        UserId author = checks.take(UserId.of(c.author()));
        Option<CircleId> circle = c.circle() == null ? Option.none() : Option.of(checks.take(CircleId.of(c.circle())));
        String title = checks.text("title", c.title(), 1, 200);
        String body = checks.text("body", c.body(), 1, 20_000);
        List<String> tags = Labels.of(checks, "tags", c.tags(), 20, 40, true);
        return checks.violations().size() > before ? null : new Story(tenant, id, author, circle, title, body, tags,
                StoryStatus.PUBLISHED, 0, 0, now, now, Revision.INITIAL);
    }

    public Either<Problem, Story> get(GetStory c) {
        return observer.observe(CONTEXT, "stories.get", () -> getUnobserved(c));
    }

    private Either<Problem, Story> getUnobserved(GetStory c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        StoryId id = checks.take(StoryId.of(c.id()));
        return checks.build(() -> id).flatMap(sid -> Checks.found(ports.stories().get(tenant, sid), "story", sid));
    }

    public Either<Problem, Comment> comment(AddComment c) {
        return observer.observe(CONTEXT, "stories.comment", () -> commentUnobserved(c));
    }

    private Either<Problem, Comment> commentUnobserved(AddComment c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        Comment parsed = comment(checks, tenant, c, ports.clock().instant());
        return checks.build(() -> parsed)
                .flatMap(comment -> published(tenant, comment.story())
                        .flatMap(s -> Checks.found(ports.members().get(tenant, comment.author()), "member",
                                comment.author()))
                        .flatMap(m -> ports.stories().addComment(comment)))
                .peek(added -> {
                    bump(tenant, added.story(), 0, 1);
                    members.addStats(tenant, added.author(), new MemberStats(0, 0, 0, 1));
                });
    }

    /** A comment from {@code c} written at {@code at}, or null with the violations added to {@code checks}. */
    Comment comment(Checks checks, TenantId tenant, AddComment c, Instant at) {
        int before = checks.violations().size();
        StoryId story = checks.take(StoryId.of(c.story()));
        CommentId id = c.id() == null ? new CommentId(ports.ids().newId()) : checks.take(CommentId.of(c.id()));
        UserId author = checks.take(UserId.of(c.author()));
        String body = checks.text("body", c.body(), 1, 5000);
        return checks.violations().size() > before ? null : new Comment(tenant, story, id, author, body, at);
    }

    public Either<Problem, Story> markHelpful(MarkStoryHelpful c) {
        return observer.observe(CONTEXT, "stories.markHelpful", () -> markHelpfulUnobserved(c));
    }

    private Either<Problem, Story> markHelpfulUnobserved(MarkStoryHelpful c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        StoryId story = checks.take(StoryId.of(c.story()));
        UserId voter = checks.take(UserId.of(c.voter()));
        return checks.build(() -> story)
                .flatMap(sid -> Checks.found(ports.members().get(tenant, voter), "member", voter))
                .flatMap(v -> published(tenant, story))
                .flatMap(s -> s.author().equals(voter)
                        ? Either.left(new Problem.Rejected("own-story", "members cannot vote for their own story"))
                        : bump(tenant, story, 1, 0))
                .peek(s -> members.addStats(tenant, s.author(), new MemberStats(0, 1, 0, 0)));
    }

    public Either<Problem, Story> moderate(ModerateStory c) {
        return observer.observe(CONTEXT, "stories.moderate", () -> moderateUnobserved(c));
    }

    private Either<Problem, Story> moderateUnobserved(ModerateStory c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        StoryId story = checks.take(StoryId.of(c.story()));
        UserId actor = checks.take(UserId.of(c.actor()));
        checks.require(c.action() != null && MODERATION.containsKey(c.action()), "action", c.action(),
                "must be one of FLAG, REMOVE, RESTORE");
        return checks.build(() -> story).flatMap(sid -> Retry.onConflict(MemberUseCases.STATS_ATTEMPTS,
                () -> Checks.found(ports.stories().get(tenant, sid), "story", sid)
                        .flatMap(s -> mayModerate(tenant, s, actor).map(ok -> s))
                        .flatMap(s -> MODERATION.get(c.action()).contains(s.status())
                                ? ports.stories().save(s.withStatus(OUTCOME.get(c.action()),
                                ports.clock().instant()))
                                : Either.left(new Problem.Rejected("moderation-transition",
                                "a " + s.status() + " story cannot take " + c.action())))));
    }

    /** The author or a moderator deletes the story with its comments. */
    public Either<Problem, StoryId> delete(DeleteStory c) {
        return observer.observe(CONTEXT, "stories.delete", () -> deleteUnobserved(c));
    }

    private Either<Problem, StoryId> deleteUnobserved(DeleteStory c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        StoryId id = checks.take(StoryId.of(c.id()));
        UserId actor = checks.take(UserId.of(c.actor()));
        Revision expected = checks.revision(c.expectedRevision());
        return checks.build(() -> id)
                .flatMap(sid -> Checks.found(ports.stories().get(tenant, sid), "story", sid))
                .flatMap(s -> (s.author().equals(actor) ? Either.<Problem, Boolean>right(false)
                        : moderates(tenant, s, actor)).flatMap(moderates -> DeletionRules.story(s, expected, actor,
                        moderates)))
                .flatMap(s -> ports.stories().delete(tenant, id, expected));
    }

    public Either<Problem, Page<Story>> feed(ListFeed c) {
        return observer.observe(CONTEXT, "stories.feed", () -> feedUnobserved(c));
    }

    private Either<Problem, Page<Story>> feedUnobserved(ListFeed c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        CircleId circle = checks.take(CircleId.of(c.circle()));
        PageRequest page = checks.page(c.limit(), c.after());
        return checks.build(() -> circle).flatMap(cid -> ports.stories().feed(tenant, cid, page));
    }

    public Either<Problem, Page<Story>> moderationQueue(ListModerationQueue c) {
        return observer.observe(CONTEXT, "stories.moderationQueue", () -> moderationQueueUnobserved(c));
    }

    private Either<Problem, Page<Story>> moderationQueueUnobserved(ListModerationQueue c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        PageRequest page = checks.page(c.limit(), c.after());
        return checks.build(() -> page).flatMap(p -> ports.stories().moderationQueue(tenant, p));
    }

    public Either<Problem, Page<Comment>> comments(ListComments c) {
        return observer.observe(CONTEXT, "stories.comments", () -> commentsUnobserved(c));
    }

    private Either<Problem, Page<Comment>> commentsUnobserved(ListComments c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        StoryId story = checks.take(StoryId.of(c.story()));
        PageRequest page = checks.page(c.limit(), c.after());
        return checks.build(() -> story).flatMap(sid -> ports.stories().comments(tenant, sid, page));
    }

    private Either<Problem, Boolean> mayPost(TenantId tenant, Option<CircleId> circle, UserId author) {
        if (circle.isEmpty()) {
            return Either.right(true);
        }
        CircleId cid = circle.get();
        return Checks.found(ports.circles().get(tenant, cid), "circle", cid)
                .flatMap(ci -> ports.circles().membership(tenant, cid, author)
                        .flatMap(m -> CircleRules.canPost(ci, m) ? Either.<Problem, Boolean>right(true)
                                : Either.left(new Problem.Rejected("members-only",
                                "only ACTIVE members of circle " + cid + " post to it"))));
    }

    private Either<Problem, Boolean> mayModerate(TenantId tenant, Story story, UserId actor) {
        return moderates(tenant, story, actor).flatMap(ok -> ok ? Either.right(true)
                : Either.left(new Problem.Rejected("moderator-required",
                "only a moderator, admin or owner flags, removes or restores stories")));
    }

    private Either<Problem, Boolean> moderates(TenantId tenant, Story story, UserId actor) {
        return story.circle().isDefined()
                ? ports.circles().membership(tenant, story.circle().get(), actor).map(CircleRules::isModerator)
                : ports.circles().circlesOf(tenant, actor, Option.some(MembershipStatus.ACTIVE),
                        PageRequest.first(PageRequest.MAX_LIMIT))
                .map(p -> p.items().stream().anyMatch(m -> m.activeAs(Role.MODERATOR)));
    }

    private Either<Problem, Story> published(TenantId tenant, StoryId story) {
        return Checks.found(ports.stories().get(tenant, story), "story", story)
                .flatMap(s -> s.status() == StoryStatus.PUBLISHED ? Either.right(s)
                        : Either.left(new Problem.Rejected("story-not-published", "story " + story + " is " + s.status())));
    }

    private Either<Problem, Story> bump(TenantId tenant, StoryId story, long votes, long comments) {
        return Retry.onConflict(MemberUseCases.STATS_ATTEMPTS,
                () -> ports.stories().addCounts(tenant, story, votes, comments, ports.clock().instant()));
    }
}
