package dev.portside.application.circles;

import dev.portside.domain.kernel.Cursor;
import java.util.List;

/**
 * The commands of {@link Community}: raw caller input, checked by the use case (every violation at once). An id
 * left null is generated; an expected revision is the one the caller read; a listing takes at most {@code limit}
 * items after {@code after}, the cursor a previous page gave (null for the first page).
 */
public final class CommunityCommands {

    private CommunityCommands() {
    }

    /** The fields of a member as a caller sends them (register and update); build one with {@link #builder}. */
    public record MemberForm(String email, String displayName, String bio, List<String> culturalBackground,
                             String communicationStyle, String diagnosisStage, List<String> supportNeeds,
                             String profileVisibility, boolean emailNotifications, boolean pushNotifications,
                             boolean weeklyDigest, String theme, String language, String timezone,
                             boolean highContrast, boolean largeText, boolean screenReader, boolean reducedMotion,
                             List<String> primaryGoals) {

        /** A form with sensible defaults for everything but the email and display name. */
        public static MemberForm basic(String email, String displayName) {
            return builder(email, displayName).build();
        }

        /** Starts a form with the defaults of {@link #basic}; every other field is optional. */
        public static Builder builder(String email, String displayName) {
            return new Builder(email, displayName);
        }

        /** Fills a {@link MemberForm} field by field. */
        public static final class Builder {
            private final String email;
            private final String displayName;
            private String bio;
            private List<String> culturalBackground = List.of();
            private String communicationStyle = "GENTLE_ENCOURAGING";
            private String diagnosisStage = "MANAGING_WELL";
            private List<String> supportNeeds = List.of();
            private String profileVisibility = "CIRCLES_ONLY";
            private boolean emailNotifications = true;
            private boolean pushNotifications;
            private boolean weeklyDigest = true;
            private String theme = "AUTO";
            private String language = "en";
            private String timezone = "UTC";
            private boolean highContrast;
            private boolean largeText;
            private boolean screenReader;
            private boolean reducedMotion;
            private List<String> primaryGoals = List.of();

            private Builder(String email, String displayName) {
                this.email = email;
                this.displayName = displayName;
            }

            public Builder bio(String value) {
                bio = value;
                return this;
            }

            public Builder culturalBackground(List<String> value) {
                culturalBackground = value;
                return this;
            }

            public Builder communicationStyle(String value) {
                communicationStyle = value;
                return this;
            }

            public Builder diagnosisStage(String value) {
                diagnosisStage = value;
                return this;
            }

            public Builder supportNeeds(List<String> value) {
                supportNeeds = value;
                return this;
            }

            public Builder profileVisibility(String value) {
                profileVisibility = value;
                return this;
            }

            public Builder notifications(boolean email, boolean push, boolean digest) {
                emailNotifications = email;
                pushNotifications = push;
                weeklyDigest = digest;
                return this;
            }

            public Builder theme(String value) {
                theme = value;
                return this;
            }

            public Builder language(String value) {
                language = value;
                return this;
            }

            public Builder timezone(String value) {
                timezone = value;
                return this;
            }

            public Builder accessibility(boolean contrast, boolean large, boolean reader, boolean motion) {
                highContrast = contrast;
                largeText = large;
                screenReader = reader;
                reducedMotion = motion;
                return this;
            }

            public Builder primaryGoals(List<String> value) {
                primaryGoals = value;
                return this;
            }

            public MemberForm build() {
                return new MemberForm(email, displayName, bio, culturalBackground, communicationStyle,
                        diagnosisStage, supportNeeds, profileVisibility, emailNotifications, pushNotifications,
                        weeklyDigest, theme, language, timezone, highContrast, largeText, screenReader, reducedMotion,
                        primaryGoals);
            }
        }
    }

    public record RegisterMember(String tenant, String id, MemberForm form) {
    }

    public record RegisterMembers(String tenant, List<RegisterMember> members) {
    }

    public record UpdateMember(String tenant, String id, Long expectedRevision, MemberForm form) {
    }

    public record GetMember(String tenant, String id) {
    }

    /** Erases the member seen at {@code expectedRevision}: profile, email claim and memberships. */
    public record DeleteMember(String tenant, String id, Long expectedRevision) {
    }

    public record FindMemberByEmail(String tenant, String email) {
    }

    public record GetMembers(String tenant, List<String> ids) {
    }

    /** Every filter is optional (null: any). */
    public record SearchMembers(String tenant, String culturalBackground, String supportNeed, String diagnosisStage,
                                int limit, Cursor after) {
    }

    /** Build one with {@link #builder}. */
    public record CreateCircle(String tenant, String id, String owner, String name, String description, String type,
                               String privacy, boolean requireApproval, int maxMembers, List<String> culturalFocus,
                               String moderationLevel, List<String> tags) {

        /** Starts an open, lightly moderated circle of up to 50 members; every other field is optional. */
        public static Builder builder(String tenant, String owner, String name, String type, String privacy) {
            return new Builder(tenant, owner, name, type, privacy);
        }

        /** Fills a {@link CreateCircle} field by field. */
        public static final class Builder {
            private final String tenant;
            private final String owner;
            private final String name;
            private final String type;
            private final String privacy;
            private String id;
            private String description;
            private boolean requireApproval;
            private int maxMembers = 50;
            private List<String> culturalFocus = List.of();
            private String moderationLevel = "LIGHT";
            private List<String> tags = List.of();

            private Builder(String tenant, String owner, String name, String type, String privacy) {
                this.tenant = tenant;
                this.owner = owner;
                this.name = name;
                this.type = type;
                this.privacy = privacy;
            }

            public Builder id(String value) {
                id = value;
                return this;
            }

            public Builder description(String value) {
                description = value;
                return this;
            }

            public Builder requireApproval(boolean value) {
                requireApproval = value;
                return this;
            }

            public Builder maxMembers(int value) {
                maxMembers = value;
                return this;
            }

            public Builder culturalFocus(List<String> value) {
                culturalFocus = value;
                return this;
            }

            public Builder moderationLevel(String value) {
                moderationLevel = value;
                return this;
            }

            public Builder tags(List<String> value) {
                tags = value;
                return this;
            }

            public CreateCircle build() {
                return new CreateCircle(tenant, id, owner, name, description, type, privacy, requireApproval,
                        maxMembers, culturalFocus, moderationLevel, tags);
            }
        }
    }

    public record GetCircle(String tenant, String id) {
    }

    /** The owner ({@code actor}) deletes the circle seen at {@code expectedRevision}, with its memberships. */
    public record DeleteCircle(String tenant, String id, String actor, Long expectedRevision) {
    }

    public record JoinCircle(String tenant, String circle, String member) {
    }

    /** {@code actor} approves the PENDING {@code member}. */
    public record ApproveMember(String tenant, String circle, String actor, String member) {
    }

    /** {@code actor} removes {@code member} from the circle. */
    public record RemoveMember(String tenant, String circle, String actor, String member) {
    }

    /** The owner {@code actor} hands the circle to {@code member}. */
    public record TransferOwnership(String tenant, String circle, String actor, String member) {
    }

    public record ChangeRole(String tenant, String circle, String actor, String member, String role) {
    }

    public record LeaveCircle(String tenant, String circle, String member) {
    }

    /** {@code role} and {@code status} are optional filters (null: any). */
    public record ListCircleMembers(String tenant, String circle, String role, String status, int limit,
                                    Cursor after) {
    }

    /** {@code status} is an optional filter (null: any); a cursor continues only the listing of its own filter. */
    public record ListCirclesOfMember(String tenant, String member, String status, int limit, Cursor after) {

        public ListCirclesOfMember(String tenant, String member, int limit, Cursor after) {
            this(tenant, member, null, limit, after);
        }
    }

    public record ListCirclesByType(String tenant, String type, boolean includeArchived, int limit, Cursor after) {
    }

    /** {@code circle} null shares the story outside circles. */
    public record ShareStory(String tenant, String id, String author, String circle, String title, String body,
                             List<String> tags) {
    }

    public record GetStory(String tenant, String id) {
    }

    /** The author or a moderator ({@code actor}) deletes the story seen at {@code expectedRevision}, with its comments. */
    public record DeleteStory(String tenant, String id, String actor, Long expectedRevision) {
    }

    public record AddComment(String tenant, String story, String id, String author, String body) {
    }

    public record MarkStoryHelpful(String tenant, String story, String voter) {
    }

    /** {@code action} is FLAG, REMOVE or RESTORE. */
    public record ModerateStory(String tenant, String story, String actor, String action) {
    }

    public record ListFeed(String tenant, String circle, int limit, Cursor after) {
    }

    public record ListModerationQueue(String tenant, int limit, Cursor after) {
    }

    public record ListComments(String tenant, String story, int limit, Cursor after) {
    }

    public record RegisterBusiness(String tenant, String id, String name, String category, String owner,
                                   String description, String website) {
    }

    public record RegisterBusinesses(String tenant, List<RegisterBusiness> businesses) {
    }

    public record VerifyBusiness(String tenant, String id, Long expectedRevision, String status, boolean verified) {
    }

    public record GetBusiness(String tenant, String id) {
    }

    /** The owner ({@code actor}) deletes the business listing seen at {@code expectedRevision}. */
    public record DeleteBusiness(String tenant, String id, String actor, Long expectedRevision) {
    }

    public record ListBusinesses(String tenant, int limit, Cursor after) {
    }

    /** {@code status} null publishes the resource. */
    public record AddResource(String tenant, String id, String title, String type, String url, List<String> tags,
                              String status) {
    }

    public record AddResources(String tenant, List<AddResource> resources) {
    }

    public record GetResource(String tenant, String id) {
    }

    public record DeleteResource(String tenant, String id, Long expectedRevision) {
    }

    public record ListResources(String tenant, int limit, Cursor after) {
    }

    /**
     * When another system created and last changed a row, as it stored them: ISO-8601, {@code yyyy-MM-dd HH:mm:ss}
     * (UTC) or epoch milliseconds; a blank creation is the time of the import, a blank update the creation.
     */
    public record Stored(String createdAt, String updatedAt) {

        public static final Stored NOW = new Stored(null, null);
    }

    /** A member as another system stored it: its form plus flags, counters, last activity and times. */
    public record ImportMember(String id, MemberForm form, boolean verified, boolean active, long storiesShared,
                               long helpfulVotes, long circlesJoined, long comments, String lastActive,
                               Stored stored) {
    }

    /** Up to 1000 members; {@code dryRun} checks everything against the store and writes nothing. */
    public record ImportMembers(String tenant, List<ImportMember> members, boolean dryRun) {
    }

    /** A circle as stored: its creation fields, status, post counters and times; the owner joined at {@code ownerJoinedAt}. */
    public record ImportCircle(CreateCircle circle, String status, long postsThisWeek, long postsThisMonth,
                               String ownerJoinedAt, Stored stored, boolean dryRun) {
    }

    /** A membership as stored: role, status and when the member joined. */
    public record ImportMembership(String tenant, String circle, String member, String role, String status,
                                   String joinedAt, boolean dryRun) {
    }

    /** A story as stored: its fields, moderation status, helpful votes, comment count and times. */
    public record ImportStory(ShareStory story, String status, long helpfulVotes, long comments, Stored stored,
                              boolean dryRun) {
    }

    /** A comment as stored, with the time it was written. */
    public record ImportComment(AddComment comment, String createdAt, boolean dryRun) {
    }

    /** A business as stored: its fields, verified flag, status and times. */
    public record ImportBusiness(RegisterBusiness business, boolean verified, String status, Stored stored) {
    }

    public record ImportBusinesses(String tenant, List<ImportBusiness> businesses, boolean dryRun) {
    }

    /** A resource as stored: its fields and times. */
    public record ImportResource(AddResource resource, Stored stored) {
    }

    public record ImportResources(String tenant, List<ImportResource> resources, boolean dryRun) {
    }
}
