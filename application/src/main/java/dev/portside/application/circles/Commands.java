package dev.portside.application.circles;

import java.util.List;

/** The command records of {@link Community}: raw caller input, validated by the use case (all violations at once). */
public final class Commands {

    private Commands() {
    }

    /** {@code id} may be null: a new id is generated. */
    public record RegisterMember(String tenant, String id, MemberForm form) {
    }

    public record RegisterMembers(String tenant, List<RegisterMember> members) {
    }

    public record UpdateMember(String tenant, String id, long revision, MemberForm form) {
    }

    public record GetMember(String tenant, String id) {
    }

    public record FindMemberByEmail(String tenant, String email) {
    }

    public record GetMembers(String tenant, List<String> ids) {
    }

    public record SearchMembers(String tenant, String culturalBackground, String supportNeed, String diagnosisStage,
                                int limit, String cursor) {
    }

    public record CreateCircle(String tenant, String id, String owner, String name, String description, String type,
                               String privacy, boolean requireApproval, int maxMembers, List<String> culturalFocus,
                               String moderationLevel, List<String> tags) {
    }

    public record GetCircle(String tenant, String id) {
    }

    public record Join(String tenant, String circle, String member) {
    }

    /** Approve, remove, transfer to, or change the role of {@code member}, done by {@code actor}. */
    public record Act(String tenant, String circle, String actor, String member) {
    }

    public record ChangeRole(String tenant, String circle, String actor, String member, String role) {
    }

    public record Leave(String tenant, String circle, String member) {
    }

    public record CircleMembers(String tenant, String circle, String role, String status, int limit, String cursor) {
    }

    public record CirclesOfMember(String tenant, String member, int limit, String cursor) {
    }

    public record CirclesByType(String tenant, String type, boolean includeArchived, int limit, String cursor) {
    }

    public record ShareStory(String tenant, String id, String author, String circle, String title, String body,
                             List<String> tags) {
    }

    public record GetStory(String tenant, String id) {
    }

    public record AddComment(String tenant, String story, String id, String author, String body) {
    }

    public record MarkHelpful(String tenant, String story, String voter) {
    }

    /** {@code action} is FLAG, REMOVE or RESTORE. */
    public record Moderate(String tenant, String story, String actor, String action) {
    }

    public record Feed(String tenant, String circle, int limit, String cursor) {
    }

    public record ModerationQueue(String tenant, int limit, String cursor) {
    }

    public record Comments(String tenant, String story, int limit, String cursor) {
    }

    public record RegisterBusiness(String tenant, String id, String name, String category, String owner,
                                   String description, String website) {
    }

    public record RegisterBusinesses(String tenant, List<RegisterBusiness> businesses) {
    }

    public record VerifyBusiness(String tenant, String id, long revision, String status, boolean verified) {
    }

    public record AddResource(String tenant, String id, String title, String type, String url, List<String> tags,
                              String status) {
    }

    public record AddResources(String tenant, List<AddResource> resources) {
    }

    public record GetById(String tenant, String id) {
    }

    public record ListAll(String tenant, int limit, String cursor) {
    }
}
