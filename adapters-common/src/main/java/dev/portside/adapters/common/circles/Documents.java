package dev.portside.adapters.common.circles;

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
import dev.portside.domain.circles.ProfileVisibility;
import dev.portside.domain.circles.Resource;
import dev.portside.domain.circles.ResourceId;
import dev.portside.domain.circles.ResourceStatus;
import dev.portside.domain.circles.ResourceType;
import dev.portside.domain.circles.Role;
import dev.portside.domain.circles.Settings;
import dev.portside.domain.circles.Story;
import dev.portside.domain.circles.StoryId;
import dev.portside.domain.circles.StoryStatus;
import dev.portside.domain.circles.Theme;
import dev.portside.domain.kernel.UserId;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The community aggregates as flat {@link Doc}s, shared by every adapter (DynamoDB attributes, a PostgreSQL jsonb
 * column, the in-memory fake's immutable copies) so that all of them store and return exactly the same values.
 * The tenant is not part of a document: it comes from the key the document is stored under.
 */
public final class Documents {

    private Documents() {
    }

    public static Doc member(Member m) {
        Profile p = m.profile();
        Settings s = m.settings();
        return Doc.create().put("id", m.id()).put("email", m.email()).put("displayName", p.displayName())
                .put("bio", p.bio().getOrNull()).put("culturalBackground", p.culturalBackground())
                .put("communicationStyle", p.communicationStyle()).put("diagnosisStage", p.diagnosisStage())
                .put("supportNeeds", p.supportNeeds()).put("profileVisibility", m.preferences().profileVisibility())
                .put("emailNotifications", m.preferences().emailNotifications())
                .put("pushNotifications", m.preferences().pushNotifications())
                .put("weeklyDigest", m.preferences().weeklyDigest()).put("theme", s.theme())
                .put("language", s.language()).put("timezone", s.timezone().getId())
                .put("highContrast", s.highContrast()).put("largeText", s.largeText())
                .put("screenReader", s.screenReader()).put("reducedMotion", s.reducedMotion())
                .put("primaryGoals", m.primaryGoals()).put("verified", m.verified()).put("active", m.active())
                .put("storiesShared", m.stats().storiesShared()).put("helpfulVotes", m.stats().helpfulVotes())
                .put("circlesJoined", m.stats().circlesJoined()).put("comments", m.stats().comments())
                .put("lastActive", m.lastActive()).put("createdAt", m.createdAt()).put("updatedAt", m.updatedAt())
                .put("revision", m.revision().value());
    }

    public static Member member(TenantId tenant, Doc d) {
        Profile profile = new Profile(d.text("displayName"), Option.of(d.optionalText("bio")),
                d.list("culturalBackground"), d.enumValue("communicationStyle", CommunicationStyle.class),
                d.enumValue("diagnosisStage", DiagnosisStage.class), d.list("supportNeeds"));
        Preferences prefs = new Preferences(d.enumValue("profileVisibility", ProfileVisibility.class),
                d.flag("emailNotifications"), d.flag("pushNotifications"), d.flag("weeklyDigest"));
        Settings settings = new Settings(d.enumValue("theme", Theme.class), d.text("language"),
                ZoneId.of(d.text("timezone")), d.flag("highContrast"), d.flag("largeText"), d.flag("screenReader"),
                d.flag("reducedMotion"));
        MemberStats stats = new MemberStats(d.number("storiesShared"), d.number("helpfulVotes"),
                d.number("circlesJoined"), d.number("comments"));
        return new Member(tenant, new UserId(d.text("id")), new Email(d.text("email")), profile, prefs, settings,
                d.list("primaryGoals"), d.flag("verified"), d.flag("active"), stats, d.instant("lastActive"),
                d.instant("createdAt"), d.instant("updatedAt"), new Revision(d.number("revision")));
    }

    public static Doc circle(Circle c) {
        CircleStats st = c.stats();
        return Doc.create().put("id", c.id()).put("name", c.name()).put("description", c.description().getOrNull())
                .put("type", c.type()).put("privacy", c.privacy())
                .put("requireApproval", c.settings().requireApproval()).put("maxMembers", c.settings().maxMembers())
                .put("culturalFocus", c.settings().culturalFocus())
                .put("moderationLevel", c.settings().moderationLevel()).put("tags", c.tags())
                .put("memberCount", st.memberCount()).put("activeMembers", st.activeMembers())
                .put("postsThisWeek", st.postsThisWeek()).put("postsThisMonth", st.postsThisMonth())
                .put("engagementRate", st.engagementRate()).put("statsWeek", st.week()).put("statsMonth", st.month())
                .put("owner", c.owner()).put("status", c.status()).put("createdAt", c.createdAt())
                .put("updatedAt", c.updatedAt()).put("revision", c.revision().value());
    }

    public static Circle circle(TenantId tenant, Doc d) {
        CircleSettings settings = new CircleSettings(d.flag("requireApproval"), (int) d.number("maxMembers"),
                d.list("culturalFocus"), d.enumValue("moderationLevel", ModerationLevel.class));
        CircleStats stats = new CircleStats((int) d.number("memberCount"), (int) d.number("activeMembers"),
                (int) d.number("postsThisWeek"), (int) d.number("postsThisMonth"),
                new BigDecimal(d.text("engagementRate")), LocalDate.parse(d.text("statsWeek")),
                YearMonth.parse(d.text("statsMonth")));
        return new Circle(tenant, new CircleId(d.text("id")), d.text("name"),
                Option.of(d.optionalText("description")), d.enumValue("type", CircleType.class),
                d.enumValue("privacy", CirclePrivacy.class), settings, d.list("tags"), stats,
                new UserId(d.text("owner")), d.enumValue("status", CircleStatus.class), d.instant("createdAt"),
                d.instant("updatedAt"), new Revision(d.number("revision")));
    }

    public static Doc membership(Membership m) {
        return Doc.create().put("circle", m.circle()).put("member", m.member()).put("role", m.role())
                .put("status", m.status()).put("joinedAt", m.joinedAt()).put("updatedAt", m.updatedAt())
                .put("revision", m.revision().value());
    }

    public static Membership membership(TenantId tenant, Doc d) {
        return new Membership(tenant, new CircleId(d.text("circle")), new UserId(d.text("member")),
                d.enumValue("role", Role.class), d.enumValue("status", MembershipStatus.class),
                d.instant("joinedAt"), d.optionalInstant("updatedAt"), new Revision(d.number("revision")));
    }

    public static Doc story(Story s) {
        return Doc.create().put("id", s.id()).put("author", s.author()).put("circle", s.circle().getOrNull())
                .put("title", s.title()).put("body", s.body()).put("tags", s.tags()).put("status", s.status())
                .put("helpfulVotes", s.helpfulVotes()).put("commentCount", s.comments())
                .put("createdAt", s.createdAt()).put("updatedAt", s.updatedAt()).put("revision", s.revision().value());
    }

    public static Story story(TenantId tenant, Doc d) {
        return new Story(tenant, new StoryId(d.text("id")), new UserId(d.text("author")),
                Option.of(d.optionalText("circle")).map(CircleId::new), d.text("title"), d.text("body"),
                d.list("tags"), d.enumValue("status", StoryStatus.class), d.number("helpfulVotes"),
                d.number("commentCount"), d.instant("createdAt"), d.instant("updatedAt"),
                new Revision(d.number("revision")));
    }

    public static Doc comment(Comment c) {
        return Doc.create().put("story", c.story()).put("id", c.id()).put("author", c.author())
                .put("body", c.body()).put("createdAt", c.createdAt());
    }

    public static Comment comment(TenantId tenant, Doc d) {
        return new Comment(tenant, new StoryId(d.text("story")), new CommentId(d.text("id")),
                new UserId(d.text("author")), d.text("body"), d.instant("createdAt"));
    }

    public static Doc business(Business b) {
        return Doc.create().put("id", b.id()).put("name", b.name()).put("category", b.category())
                .put("owner", b.owner()).put("description", b.description().getOrNull())
                .put("website", b.website().getOrNull()).put("verified", b.verified()).put("status", b.status())
                .put("createdAt", b.createdAt()).put("updatedAt", b.updatedAt()).put("revision", b.revision().value());
    }

    public static Business business(TenantId tenant, Doc d) {
        return new Business(tenant, new BusinessId(d.text("id")), d.text("name"), d.text("category"),
                new UserId(d.text("owner")), Option.of(d.optionalText("description")),
                Option.of(d.optionalText("website")).map(URI::create), d.flag("verified"),
                d.enumValue("status", BusinessStatus.class), d.instant("createdAt"), d.instant("updatedAt"),
                new Revision(d.number("revision")));
    }

    public static Doc resource(Resource r) {
        return Doc.create().put("id", r.id()).put("title", r.title()).put("type", r.type()).put("url", r.url())
                .put("tags", r.tags()).put("status", r.status()).put("createdAt", r.createdAt())
                .put("updatedAt", r.updatedAt()).put("revision", r.revision().value());
    }

    public static Resource resource(TenantId tenant, Doc d) {
        return new Resource(tenant, new ResourceId(d.text("id")), d.text("title"),
                d.enumValue("type", ResourceType.class), URI.create(d.text("url")), d.list("tags"),
                d.enumValue("status", ResourceStatus.class), d.instant("createdAt"), d.instant("updatedAt"),
                new Revision(d.number("revision")));
    }
}
