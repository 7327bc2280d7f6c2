package dev.portside.benchmarks.peers;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTag;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * What a user of the Enhanced Client writes for the same tables: a mutable row class per item kind and a
 * {@link StaticTableSchema} over exactly the attributes the Portside adapters store (the adapters' {@code write_id}
 * aside). The schemas are built once; each get, put or query maps through them.
 */
final class Rows {

    private Rows() {
    }

    /** A content item, or (with {@link #snapshotSchema()}) its history snapshot. */
    static final class ContentRow {
        String contentId;
        String certificationType;
        String tenant;
        String id;
        String title;
        String contentType;
        String category;
        String subcategory;
        String difficulty;
        List<String> tags;
        String sourceFile;
        String sourceBucket;
        Integer chunkCount;
        Integer questionCount;
        String version;
        Boolean active;
        String createdAt;
        String updatedAt;
        Long revision;
        String certKey;
        String certSort;
        String categoryKey;
        String categorySort;
        String typeKey;
        String typeSort;
        String itemKey;
        String versionKey;
        String certification;
    }

    /** A member's profile item in the circles table. */
    static final class MemberRow {
        String pk;
        String sk;
        String entityType;
        String id;
        String email;
        String displayName;
        String bio;
        List<String> culturalBackground;
        String communicationStyle;
        String diagnosisStage;
        List<String> supportNeeds;
        String profileVisibility;
        Boolean emailNotifications;
        Boolean pushNotifications;
        Boolean weeklyDigest;
        String theme;
        String language;
        String timezone;
        Boolean highContrast;
        Boolean largeText;
        Boolean screenReader;
        Boolean reducedMotion;
        List<String> primaryGoals;
        Boolean verified;
        Boolean active;
        Long storiesShared;
        Long helpfulVotes;
        Long circlesJoined;
        Long comments;
        String lastActive;
        String createdAt;
        String updatedAt;
        Long revision;
        String gsi1pk;
        String gsi1sk;
        String gsi3pk;
        String gsi3sk;
        String gsi4pk;
        String gsi4sk;
    }

    /** The item that claims a member's email. */
    static final class ClaimRow {
        String pk;
        String sk;
        String entityType;
        String ownerId;
    }

    /** A circle's membership item ({@code CIRCLE#cid|MEMBER#uid}). */
    static final class MembershipRow {
        String pk;
        String sk;
        String entityType;
        String circle;
        String member;
        String role;
        String status;
        String joinedAt;
        Long revision;
    }

    private static final EnhancedType<List<String>> STRINGS = EnhancedType.listOf(String.class);

    private static <R, V> void attr(StaticTableSchema.Builder<R> b, Class<V> type, String name, Function<R, V> get,
                                    BiConsumer<R, V> set, StaticAttributeTag... tags) {
        b.addAttribute(type, a -> a.name(name).getter(get).setter(set).tags(tags));
    }

    private static <R> void list(StaticTableSchema.Builder<R> b, String name, Function<R, List<String>> get,
                                 BiConsumer<R, List<String>> set) {
        b.addAttribute(STRINGS, a -> a.name(name).getter(get).setter(set));
    }

    private static StaticTableSchema.Builder<ContentRow> contentDetails() {
        StaticTableSchema.Builder<ContentRow> b = StaticTableSchema.builder(ContentRow.class).newItemSupplier(ContentRow::new);
        attr(b, String.class, "tenant", r -> r.tenant, (r, v) -> r.tenant = v);
        attr(b, String.class, "id", r -> r.id, (r, v) -> r.id = v);
        attr(b, String.class, "title", r -> r.title, (r, v) -> r.title = v);
        attr(b, String.class, "content_type", r -> r.contentType, (r, v) -> r.contentType = v);
        attr(b, String.class, "category", r -> r.category, (r, v) -> r.category = v);
        attr(b, String.class, "subcategory", r -> r.subcategory, (r, v) -> r.subcategory = v);
        attr(b, String.class, "difficulty", r -> r.difficulty, (r, v) -> r.difficulty = v);
        list(b, "tags", r -> r.tags, (r, v) -> r.tags = v);
        attr(b, String.class, "source_file", r -> r.sourceFile, (r, v) -> r.sourceFile = v);
        attr(b, String.class, "source_bucket", r -> r.sourceBucket, (r, v) -> r.sourceBucket = v);
        attr(b, Integer.class, "chunk_count", r -> r.chunkCount, (r, v) -> r.chunkCount = v);
        attr(b, Integer.class, "question_count", r -> r.questionCount, (r, v) -> r.questionCount = v);
        attr(b, String.class, "version", r -> r.version, (r, v) -> r.version = v);
        attr(b, Boolean.class, "active", r -> r.active, (r, v) -> r.active = v);
        attr(b, String.class, "created_at", r -> r.createdAt, (r, v) -> r.createdAt = v);
        attr(b, String.class, "updated_at", r -> r.updatedAt, (r, v) -> r.updatedAt = v);
        attr(b, Long.class, "revision", r -> r.revision, (r, v) -> r.revision = v);
        return b;
    }

    /** The content items table with its three sparse indexes. */
    static StaticTableSchema<ContentRow> contentSchema() {
        StaticTableSchema.Builder<ContentRow> b = contentDetails();
        attr(b, String.class, "content_id", r -> r.contentId, (r, v) -> r.contentId = v, primaryPartitionKey());
        attr(b, String.class, "certification_type", r -> r.certificationType, (r, v) -> r.certificationType = v,
                primarySortKey());
        attr(b, String.class, "cert_key", r -> r.certKey, (r, v) -> r.certKey = v,
                secondaryPartitionKey("CertificationTypeIndex"));
        attr(b, String.class, "cert_sort", r -> r.certSort, (r, v) -> r.certSort = v,
                secondarySortKey("CertificationTypeIndex"));
        attr(b, String.class, "category_key", r -> r.categoryKey, (r, v) -> r.categoryKey = v,
                secondaryPartitionKey("CategoryIndex"));
        attr(b, String.class, "category_sort", r -> r.categorySort, (r, v) -> r.categorySort = v,
                secondarySortKey("CategoryIndex"));
        attr(b, String.class, "type_key", r -> r.typeKey, (r, v) -> r.typeKey = v,
                secondaryPartitionKey("ContentTypeIndex"));
        attr(b, String.class, "type_sort", r -> r.typeSort, (r, v) -> r.typeSort = v,
                secondarySortKey("ContentTypeIndex"));
        return b.build();
    }

    /** The content history table: the item's details under its snapshot key. */
    static StaticTableSchema<ContentRow> snapshotSchema() {
        StaticTableSchema.Builder<ContentRow> b = contentDetails();
        attr(b, String.class, "item_key", r -> r.itemKey, (r, v) -> r.itemKey = v, primaryPartitionKey());
        attr(b, String.class, "version_key", r -> r.versionKey, (r, v) -> r.versionKey = v, primarySortKey());
        attr(b, String.class, "certification", r -> r.certification, (r, v) -> r.certification = v);
        return b.build();
    }

    static StaticTableSchema<MemberRow> memberSchema() {
        StaticTableSchema.Builder<MemberRow> b = StaticTableSchema.builder(MemberRow.class).newItemSupplier(MemberRow::new);
        attr(b, String.class, "PK", r -> r.pk, (r, v) -> r.pk = v, primaryPartitionKey());
        attr(b, String.class, "SK", r -> r.sk, (r, v) -> r.sk = v, primarySortKey());
        attr(b, String.class, "entityType", r -> r.entityType, (r, v) -> r.entityType = v);
        attr(b, String.class, "id", r -> r.id, (r, v) -> r.id = v);
        attr(b, String.class, "email", r -> r.email, (r, v) -> r.email = v);
        attr(b, String.class, "displayName", r -> r.displayName, (r, v) -> r.displayName = v);
        attr(b, String.class, "bio", r -> r.bio, (r, v) -> r.bio = v);
        list(b, "culturalBackground", r -> r.culturalBackground, (r, v) -> r.culturalBackground = v);
        attr(b, String.class, "communicationStyle", r -> r.communicationStyle, (r, v) -> r.communicationStyle = v);
        attr(b, String.class, "diagnosisStage", r -> r.diagnosisStage, (r, v) -> r.diagnosisStage = v);
        list(b, "supportNeeds", r -> r.supportNeeds, (r, v) -> r.supportNeeds = v);
        attr(b, String.class, "profileVisibility", r -> r.profileVisibility, (r, v) -> r.profileVisibility = v);
        attr(b, Boolean.class, "emailNotifications", r -> r.emailNotifications, (r, v) -> r.emailNotifications = v);
        attr(b, Boolean.class, "pushNotifications", r -> r.pushNotifications, (r, v) -> r.pushNotifications = v);
        attr(b, Boolean.class, "weeklyDigest", r -> r.weeklyDigest, (r, v) -> r.weeklyDigest = v);
        attr(b, String.class, "theme", r -> r.theme, (r, v) -> r.theme = v);
        attr(b, String.class, "language", r -> r.language, (r, v) -> r.language = v);
        attr(b, String.class, "timezone", r -> r.timezone, (r, v) -> r.timezone = v);
        attr(b, Boolean.class, "highContrast", r -> r.highContrast, (r, v) -> r.highContrast = v);
        attr(b, Boolean.class, "largeText", r -> r.largeText, (r, v) -> r.largeText = v);
        attr(b, Boolean.class, "screenReader", r -> r.screenReader, (r, v) -> r.screenReader = v);
        attr(b, Boolean.class, "reducedMotion", r -> r.reducedMotion, (r, v) -> r.reducedMotion = v);
        list(b, "primaryGoals", r -> r.primaryGoals, (r, v) -> r.primaryGoals = v);
        attr(b, Boolean.class, "verified", r -> r.verified, (r, v) -> r.verified = v);
        attr(b, Boolean.class, "active", r -> r.active, (r, v) -> r.active = v);
        attr(b, Long.class, "storiesShared", r -> r.storiesShared, (r, v) -> r.storiesShared = v);
        attr(b, Long.class, "helpfulVotes", r -> r.helpfulVotes, (r, v) -> r.helpfulVotes = v);
        attr(b, Long.class, "circlesJoined", r -> r.circlesJoined, (r, v) -> r.circlesJoined = v);
        attr(b, Long.class, "comments", r -> r.comments, (r, v) -> r.comments = v);
        attr(b, String.class, "lastActive", r -> r.lastActive, (r, v) -> r.lastActive = v);
        attr(b, String.class, "createdAt", r -> r.createdAt, (r, v) -> r.createdAt = v);
        attr(b, String.class, "updatedAt", r -> r.updatedAt, (r, v) -> r.updatedAt = v);
        attr(b, Long.class, "revision", r -> r.revision, (r, v) -> r.revision = v);
        attr(b, String.class, "GSI1PK", r -> r.gsi1pk, (r, v) -> r.gsi1pk = v, secondaryPartitionKey("GSI1"));
        attr(b, String.class, "GSI1SK", r -> r.gsi1sk, (r, v) -> r.gsi1sk = v, secondarySortKey("GSI1"));
        attr(b, String.class, "GSI3PK", r -> r.gsi3pk, (r, v) -> r.gsi3pk = v, secondaryPartitionKey("GSI3"));
        attr(b, String.class, "GSI3SK", r -> r.gsi3sk, (r, v) -> r.gsi3sk = v, secondarySortKey("GSI3"));
        attr(b, String.class, "GSI4PK", r -> r.gsi4pk, (r, v) -> r.gsi4pk = v, secondaryPartitionKey("GSI4"));
        attr(b, String.class, "GSI4SK", r -> r.gsi4sk, (r, v) -> r.gsi4sk = v, secondarySortKey("GSI4"));
        return b.build();
    }

    static StaticTableSchema<ClaimRow> claimSchema() {
        StaticTableSchema.Builder<ClaimRow> b = StaticTableSchema.builder(ClaimRow.class).newItemSupplier(ClaimRow::new);
        attr(b, String.class, "PK", r -> r.pk, (r, v) -> r.pk = v, primaryPartitionKey());
        attr(b, String.class, "SK", r -> r.sk, (r, v) -> r.sk = v, primarySortKey());
        attr(b, String.class, "entityType", r -> r.entityType, (r, v) -> r.entityType = v);
        attr(b, String.class, "ownerId", r -> r.ownerId, (r, v) -> r.ownerId = v);
        return b.build();
    }

    static StaticTableSchema<MembershipRow> membershipSchema() {
        StaticTableSchema.Builder<MembershipRow> b = StaticTableSchema.builder(MembershipRow.class)
                .newItemSupplier(MembershipRow::new);
        attr(b, String.class, "PK", r -> r.pk, (r, v) -> r.pk = v, primaryPartitionKey());
        attr(b, String.class, "SK", r -> r.sk, (r, v) -> r.sk = v, primarySortKey());
        attr(b, String.class, "entityType", r -> r.entityType, (r, v) -> r.entityType = v);
        attr(b, String.class, "circle", r -> r.circle, (r, v) -> r.circle = v);
        attr(b, String.class, "member", r -> r.member, (r, v) -> r.member = v);
        attr(b, String.class, "role", r -> r.role, (r, v) -> r.role = v);
        attr(b, String.class, "status", r -> r.status, (r, v) -> r.status = v);
        attr(b, String.class, "joinedAt", r -> r.joinedAt, (r, v) -> r.joinedAt = v);
        attr(b, Long.class, "revision", r -> r.revision, (r, v) -> r.revision = v);
        return b.build();
    }
}
