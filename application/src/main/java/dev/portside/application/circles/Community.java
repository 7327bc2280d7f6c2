package dev.portside.application.circles;

import dev.portside.application.circles.Commands.Act;
import dev.portside.application.circles.Commands.AddComment;
import dev.portside.application.circles.Commands.AddResource;
import dev.portside.application.circles.Commands.AddResources;
import dev.portside.application.circles.Commands.ChangeRole;
import dev.portside.application.circles.Commands.CircleMembers;
import dev.portside.application.circles.Commands.CirclesByType;
import dev.portside.application.circles.Commands.CirclesOfMember;
import dev.portside.application.circles.Commands.Comments;
import dev.portside.application.circles.Commands.CreateCircle;
import dev.portside.application.circles.Commands.Feed;
import dev.portside.application.circles.Commands.FindMemberByEmail;
import dev.portside.application.circles.Commands.GetById;
import dev.portside.application.circles.Commands.GetCircle;
import dev.portside.application.circles.Commands.GetMember;
import dev.portside.application.circles.Commands.GetMembers;
import dev.portside.application.circles.Commands.GetStory;
import dev.portside.application.circles.Commands.Join;
import dev.portside.application.circles.Commands.Leave;
import dev.portside.application.circles.Commands.ListAll;
import dev.portside.application.circles.Commands.MarkHelpful;
import dev.portside.application.circles.Commands.ModerationQueue;
import dev.portside.application.circles.Commands.Moderate;
import dev.portside.application.circles.Commands.RegisterBusiness;
import dev.portside.application.circles.Commands.RegisterBusinesses;
import dev.portside.application.circles.Commands.RegisterMember;
import dev.portside.application.circles.Commands.RegisterMembers;
import dev.portside.application.circles.Commands.SearchMembers;
import dev.portside.application.circles.Commands.ShareStory;
import dev.portside.application.circles.Commands.UpdateMember;
import dev.portside.application.circles.Commands.VerifyBusiness;
import dev.portside.domain.circles.Business;
import dev.portside.domain.circles.Circle;
import dev.portside.domain.circles.Comment;
import dev.portside.domain.circles.Member;
import dev.portside.domain.circles.Membership;
import dev.portside.domain.circles.Resource;
import dev.portside.domain.circles.Story;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import java.util.List;

/**
 * The community circles use cases: members, circles and memberships, stories with comments, businesses and
 * resources. Every method validates its command (all violations at once) and returns {@code Either<Problem, T>};
 * multi-item rules are applied atomically by the repositories, counters are retried on conflict.
 */
public final class Community {

    private final MemberUseCases members;
    private final CircleUseCases circles;
    private final StoryUseCases stories;
    private final MarketUseCases market;

    public Community(Ports ports) {
        this.members = new MemberUseCases(ports);
        this.circles = new CircleUseCases(ports, members);
        this.stories = new StoryUseCases(ports, members, circles);
        this.market = new MarketUseCases(ports);
    }

    public Either<Problem, Member> register(RegisterMember c) {
        return guard(c, () -> members.register(c));
    }

    public Either<Problem, ImportReport> registerAll(RegisterMembers c) {
        return guard(c, () -> members.registerAll(c));
    }

    public Either<Problem, Member> update(UpdateMember c) {
        return guard(c, () -> members.update(c));
    }

    public Either<Problem, Member> member(GetMember c) {
        return guard(c, () -> members.get(c));
    }

    public Either<Problem, Member> memberByEmail(FindMemberByEmail c) {
        return guard(c, () -> members.byEmail(c));
    }

    public Either<Problem, List<Member>> members(GetMembers c) {
        return guard(c, () -> members.getAll(c));
    }

    public Either<Problem, Page<Member>> search(SearchMembers c) {
        return guard(c, () -> members.search(c));
    }

    public Either<Problem, Circle> createCircle(CreateCircle c) {
        return guard(c, () -> circles.create(c));
    }

    public Either<Problem, Circle> circle(GetCircle c) {
        return guard(c, () -> circles.get(c));
    }

    public Either<Problem, Membership> join(Join c) {
        return guard(c, () -> circles.join(c));
    }

    public Either<Problem, Membership> approve(Act c) {
        return guard(c, () -> circles.approve(c));
    }

    public Either<Problem, Membership> leave(Leave c) {
        return guard(c, () -> circles.leave(c));
    }

    public Either<Problem, Membership> remove(Act c) {
        return guard(c, () -> circles.remove(c));
    }

    public Either<Problem, Membership> transferOwnership(Act c) {
        return guard(c, () -> circles.transfer(c));
    }

    public Either<Problem, Membership> changeRole(ChangeRole c) {
        return guard(c, () -> circles.changeRole(c));
    }

    public Either<Problem, Page<Membership>> circleMembers(CircleMembers c) {
        return guard(c, () -> circles.members(c));
    }

    public Either<Problem, Page<Membership>> circlesOf(CirclesOfMember c) {
        return guard(c, () -> circles.circlesOf(c));
    }

    public Either<Problem, Page<Circle>> circlesByType(CirclesByType c) {
        return guard(c, () -> circles.byType(c));
    }

    public Either<Problem, Story> share(ShareStory c) {
        return guard(c, () -> stories.share(c));
    }

    public Either<Problem, Story> story(GetStory c) {
        return guard(c, () -> stories.get(c));
    }

    public Either<Problem, Comment> comment(AddComment c) {
        return guard(c, () -> stories.comment(c));
    }

    public Either<Problem, Story> markHelpful(MarkHelpful c) {
        return guard(c, () -> stories.markHelpful(c));
    }

    public Either<Problem, Story> moderate(Moderate c) {
        return guard(c, () -> stories.moderate(c));
    }

    public Either<Problem, Page<Story>> feed(Feed c) {
        return guard(c, () -> stories.feed(c));
    }

    public Either<Problem, Page<Story>> moderationQueue(ModerationQueue c) {
        return guard(c, () -> stories.moderationQueue(c));
    }

    public Either<Problem, Page<Comment>> comments(Comments c) {
        return guard(c, () -> stories.comments(c));
    }

    public Either<Problem, Business> registerBusiness(RegisterBusiness c) {
        return guard(c, () -> market.registerBusiness(c));
    }

    public Either<Problem, ImportReport> registerBusinesses(RegisterBusinesses c) {
        return guard(c, () -> market.registerBusinesses(c));
    }

    public Either<Problem, Business> verifyBusiness(VerifyBusiness c) {
        return guard(c, () -> market.verifyBusiness(c));
    }

    public Either<Problem, Business> business(GetById c) {
        return guard(c, () -> market.business(c));
    }

    public Either<Problem, Page<Business>> businesses(ListAll c) {
        return guard(c, () -> market.businesses(c));
    }

    public Either<Problem, Resource> addResource(AddResource c) {
        return guard(c, () -> market.addResource(c));
    }

    public Either<Problem, ImportReport> addResources(AddResources c) {
        return guard(c, () -> market.addResources(c));
    }

    public Either<Problem, Resource> resource(GetById c) {
        return guard(c, () -> market.resource(c));
    }

    public Either<Problem, Page<Resource>> resources(ListAll c) {
        return guard(c, () -> market.resources(c));
    }

    /** A missing command is refused as Invalid instead of surfacing as a NullPointerException. */
    private static <T> Either<Problem, T> guard(Object command, java.util.function.Supplier<Either<Problem, T>> action) {
        return command == null ? Either.left(Problem.Invalid.of("command", null, "is required")) : action.get();
    }
}
