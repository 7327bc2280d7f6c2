package dev.portside.testkit.circles;

import dev.portside.domain.circles.Business;
import dev.portside.domain.circles.BusinessId;
import dev.portside.domain.circles.BusinessStatus;
import dev.portside.domain.circles.Circle;
import dev.portside.domain.circles.CircleId;
import dev.portside.domain.circles.CirclePrivacy;
import dev.portside.domain.circles.CircleSettings;
import dev.portside.domain.circles.CircleStats;
import dev.portside.domain.circles.CircleStatus;
import dev.portside.domain.circles.CircleType;
import dev.portside.domain.circles.Comment;
import dev.portside.domain.circles.CommentId;
import dev.portside.domain.circles.CommunicationStyle;
import dev.portside.domain.circles.DiagnosisStage;
import dev.portside.domain.circles.Email;
import dev.portside.domain.circles.Member;
import dev.portside.domain.circles.MemberStats;
import dev.portside.domain.circles.Membership;
import dev.portside.domain.circles.MembershipStatus;
import dev.portside.domain.circles.ModerationLevel;
import dev.portside.domain.circles.Preferences;
import dev.portside.domain.circles.Profile;
import dev.portside.domain.circles.Resource;
import dev.portside.domain.circles.ResourceId;
import dev.portside.domain.circles.ResourceStatus;
import dev.portside.domain.circles.ResourceType;
import dev.portside.domain.circles.Role;
import dev.portside.domain.circles.Settings;
import dev.portside.domain.circles.Story;
import dev.portside.domain.circles.StoryId;
import dev.portside.domain.circles.StoryStatus;
import dev.portside.domain.kernel.UserId;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Option;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Valid community aggregates for tests, built directly (the use cases' validation is tested elsewhere). */
public final class CircleFixtures {

    public static final Instant T0 = Instant.parse("2026-03-02T10:15:30.123456Z");

    private CircleFixtures() {
    }

    /** A tenant no other test uses, so tests against shared backends never see each other's data. */
    public static TenantId freshTenant() {
        return new TenantId("t" + UUID.randomUUID().toString().replace("-", "").substring(0, 20));
    }

    public static Member member(TenantId tenant, String id, String email) {
        return member(tenant, id, email, List.of("Latina"), DiagnosisStage.MANAGING_WELL, List.of("emotional support"));
    }

    public static Member member(TenantId tenant, String id, String email, List<String> backgrounds,
                                DiagnosisStage stage, List<String> needs) {
        Profile profile = new Profile("Member " + id, Option.of("bio of " + id), backgrounds,
                CommunicationStyle.GENTLE_ENCOURAGING, stage, needs);
        return new Member(tenant, new UserId(id), new Email(email.toLowerCase(java.util.Locale.ROOT)), profile,
                Preferences.defaults(), Settings.defaults(), List.of("community connection"), false, true,
                MemberStats.ZERO, T0, T0, T0, Revision.INITIAL);
    }

    public static Circle circle(TenantId tenant, String id, String owner, CircleType type, int maxMembers) {
        return new Circle(tenant, new CircleId(id), "Circle " + id, Option.of("about " + id), type,
                CirclePrivacy.PUBLIC, new CircleSettings(false, maxMembers, List.of("Latina"), ModerationLevel.MODERATE),
                List.of("support"), CircleStats.start(T0).withMembers(1), new UserId(owner), CircleStatus.ACTIVE, T0, T0,
                Revision.INITIAL);
    }

    public static Membership membership(TenantId tenant, String circle, String member, Role role,
                                        MembershipStatus status) {
        return new Membership(tenant, new CircleId(circle), new UserId(member), role, status, T0, T0, Revision.INITIAL);
    }

    public static Story story(TenantId tenant, String id, String author, String circle, Instant at) {
        return new Story(tenant, new StoryId(id), new UserId(author), Option.of(circle).map(CircleId::new),
                "Story " + id, "body of " + id, List.of("hope"), StoryStatus.PUBLISHED, 0, 0, at, at,
                Revision.INITIAL);
    }

    public static Comment comment(TenantId tenant, String story, String id, String author, Instant at) {
        return new Comment(tenant, new StoryId(story), new CommentId(id), new UserId(author), "comment " + id, at);
    }

    public static Business business(TenantId tenant, String id, String owner) {
        return new Business(tenant, new BusinessId(id), "Business " + id, "wellness", new UserId(owner),
                Option.of("we help"), Option.of(URI.create("https://example.com/" + id)), false,
                BusinessStatus.PENDING, T0, T0, Revision.INITIAL);
    }

    public static Resource resource(TenantId tenant, String id) {
        return new Resource(tenant, new ResourceId(id), "Resource " + id, ResourceType.GUIDE,
                URI.create("https://example.com/r/" + id), List.of("guide"), ResourceStatus.PUBLISHED, T0, T0,
                Revision.INITIAL);
    }
}
