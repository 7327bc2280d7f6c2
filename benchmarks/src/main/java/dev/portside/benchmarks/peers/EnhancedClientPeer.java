package dev.portside.benchmarks.peers;

import dev.portside.adapters.dynamodb.circles.CirclesTable;
import dev.portside.adapters.dynamodb.circles.DynamoCircleRepository;
import dev.portside.adapters.dynamodb.circles.DynamoCirclesProvisioner;
import dev.portside.adapters.dynamodb.circles.DynamoMemberRepository;
import dev.portside.adapters.dynamodb.content.ContentTables;
import dev.portside.adapters.dynamodb.content.DynamoContentProvisioner;
import dev.portside.adapters.dynamodb.content.DynamoContentRepository;
import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.benchmarks.peers.Rows.ClaimRow;
import dev.portside.benchmarks.peers.Rows.ContentRow;
import dev.portside.benchmarks.peers.Rows.MemberRow;
import dev.portside.benchmarks.peers.Rows.MembershipRow;
import dev.portside.benchmarks.support.Paired;
import dev.portside.domain.circles.Circle;
import dev.portside.domain.circles.CircleId;
import dev.portside.domain.circles.Email;
import dev.portside.domain.circles.Member;
import dev.portside.domain.circles.Membership;
import dev.portside.domain.circles.MembershipStatus;
import dev.portside.domain.circles.Role;
import dev.portside.domain.content.CertificationType;
import dev.portside.domain.content.ContentDetails;
import dev.portside.domain.content.ContentDraft;
import dev.portside.domain.content.ContentId;
import dev.portside.domain.content.ContentItem;
import dev.portside.domain.content.ContentKey;
import dev.portside.domain.content.ContentRules;
import dev.portside.domain.content.ContentVersion;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.UserId;
import io.vavr.control.Option;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactPutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactWriteItemsEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Portside's DynamoDB adapters against the AWS SDK's DynamoDB Enhanced Client (a {@code StaticTableSchema} over the
 * same attributes, {@link Rows}) and the raw {@code DynamoDbClient}, on the same tables of the same server: get, put
 * and a 20-item query of content items and of circle members. Paths are interleaved by {@link Paired} (a batch of
 * each per round, order rotated), so the server's warm-up and the machine's load fall on all paths alike; the figure
 * is the median per-round ratio with its 95 % interval.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.portside.benchmarks.peers.EnhancedClientPeer [rounds] [batch]
 * </pre>
 */
public final class EnhancedClientPeer {

    private static final TenantId TENANT = new TenantId("bench");
    private static final String CIRCLE = "c1";
    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");
    private static final ContentDetails DETAILS = ContentRules.details(ContentDraft.builder()
            .title("AWS Lambda Best Practices").contentType("STUDY_GUIDE").category("Compute").subcategory("Serverless")
            .difficulty("INTERMEDIATE").tags(List.of("lambda", "aws")).source("lambda.pdf", "bucket").chunkCount(5)
            .questionCount(10).build()).get();

    private final DynamoDbClient client = DynamoDbBackend.shared().client();
    private final DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
    private final AtomicLong ids = new AtomicLong();

    private final ContentTables contentTables = ContentTables.withPrefix(DynamoDbBackend.uniquePrefix());
    private final DynamoContentRepository content;
    private final DynamoDbTable<ContentRow> items;
    private final DynamoDbTable<ContentRow> history;
    private final DynamoDbIndex<ContentRow> byCertification;

    private final CirclesTable circlesTable;
    private final DynamoMemberRepository members;
    private final DynamoCircleRepository circles;
    private final DynamoDbTable<MemberRow> memberRows;
    private final DynamoDbTable<ClaimRow> claimRows;
    private final DynamoDbTable<MembershipRow> membershipRows;
    private final Member template;

    EnhancedClientPeer() {
        new DynamoContentProvisioner(client, contentTables).provision().get();
        content = new DynamoContentRepository(client, contentTables, CursorCodec.fromSecret("bench"));
        items = enhanced.table(contentTables.items(), Rows.contentSchema());
        history = enhanced.table(contentTables.history(), Rows.snapshotSchema());
        byCertification = items.index("CertificationTypeIndex");
        for (int i = 0; i < 50; i++) {
            content.create(contentItem("seed-" + i)).get();
        }

        circlesTable = new CirclesTable(client, DynamoDbBackend.uniquePrefix() + "circles-peer",
                CursorCodec.fromSecret("bench"));
        new DynamoCirclesProvisioner(circlesTable).provision().get();
        members = new DynamoMemberRepository(circlesTable);
        circles = new DynamoCircleRepository(circlesTable);
        memberRows = enhanced.table(circlesTable.name(), Rows.memberSchema());
        claimRows = enhanced.table(circlesTable.name(), Rows.claimSchema());
        membershipRows = enhanced.table(circlesTable.name(), Rows.membershipSchema());
        template = seedCircle();
    }

    /** 50 members, a circle owned by the first, all 50 its members; the template member for puts. */
    private Member seedCircle() {
        dev.portside.application.circles.Community community = new dev.portside.application.circles.Community(
                new dev.portside.application.circles.Ports(members, circles,
                        new dev.portside.adapters.dynamodb.circles.DynamoStoryRepository(circlesTable),
                        new dev.portside.adapters.dynamodb.circles.DynamoBusinessRepository(circlesTable),
                        new dev.portside.adapters.dynamodb.circles.DynamoResourceRepository(circlesTable),
                        java.time.Clock.systemUTC(), dev.portside.domain.kernel.IdGenerator.random()));
        for (int i = 0; i < 50; i++) {
            String id = String.format("m%03d", i);
            community.members().register(new dev.portside.application.circles.CommunityCommands.RegisterMember(
                    "bench", id, dev.portside.application.circles.CommunityCommands.MemberForm.basic(
                            id + "@example.com", "Member " + id))).get();
        }
        community.circles().create(dev.portside.application.circles.CommunityCommands.CreateCircle.builder("bench",
                "m000", "Bench", "SOCIAL", "PUBLIC").id(CIRCLE).maxMembers(200).build()).get();
        for (int i = 1; i < 50; i++) {
            community.circles().join(new dev.portside.application.circles.CommunityCommands.JoinCircle("bench", CIRCLE,
                    String.format("m%03d", i))).get();
        }
        return members.get(TENANT, new UserId("m025")).get().get();
    }

    private static ContentItem contentItem(String id) {
        return ContentItem.publish(TENANT, new ContentKey(new ContentId(id), CertificationType.SAA), DETAILS,
                ContentVersion.INITIAL, AT);
    }

    // ---- content -------------------------------------------------------------------------------------------

    Object contentGetPortside() {
        return content.find(TENANT, new ContentKey(new ContentId("seed-7"), CertificationType.SAA)).get().get();
    }

    Object contentGetEnhanced() {
        return items.getItem(r -> r.key(Key.builder().partitionValue("bench#seed-7").sortValue("SAA").build())
                .consistentRead(true));
    }

    Object contentGetRaw() {
        return client.getItem(b -> b.tableName(contentTables.items()).consistentRead(true)
                .key(Map.of("content_id", AttributeValue.fromS("bench#seed-7"),
                        "certification_type", AttributeValue.fromS("SAA")))).item();
    }

    Object contentPutPortside() {
        return content.create(contentItem("p-" + ids.incrementAndGet())).get();
    }

    Object contentPutEnhanced() {
        String id = "e-" + ids.incrementAndGet();
        ContentRow row = contentRow(id);
        ContentRow snapshot = contentRow(id);
        snapshot.contentId = null;
        snapshot.certificationType = null;
        snapshot.itemKey = "bench#" + id + "#SAA";
        snapshot.versionKey = "000000001.000000000.000000000";
        snapshot.certification = "SAA";
        return enhanced.transactWriteItems(TransactWriteItemsEnhancedRequest.builder()
                .addPutItem(items, TransactPutItemEnhancedRequest.builder(ContentRow.class).item(row)
                        .conditionExpression(Expression.builder().expression("attribute_not_exists(content_id)").build())
                        .build())
                .addPutItem(history, snapshot).build());
    }

    Object contentPutRaw() {
        String id = "r-" + ids.incrementAndGet();
        Map<String, AttributeValue> a = rawContent(id);
        Map<String, AttributeValue> snapshot = new HashMap<>(a);
        for (String indexKey : List.of("content_id", "certification_type", "cert_key", "cert_sort", "category_key",
                "category_sort", "type_key", "type_sort")) {
            snapshot.remove(indexKey);
        }
        snapshot.put("item_key", AttributeValue.fromS("bench#" + id + "#SAA"));
        snapshot.put("version_key", AttributeValue.fromS("000000001.000000000.000000000"));
        snapshot.put("certification", AttributeValue.fromS("SAA"));
        return client.transactWriteItems(b -> b.transactItems(
                TransactWriteItem.builder().put(Put.builder().tableName(contentTables.items()).item(a)
                        .conditionExpression("attribute_not_exists(content_id)").build()).build(),
                TransactWriteItem.builder().put(Put.builder().tableName(contentTables.history()).item(snapshot).build())
                        .build()));
    }

    Object contentQueryPortside() {
        return content.listByCertification(TENANT, CertificationType.SAA, PageRequest.first(20)).get();
    }

    Object contentQueryEnhanced() {
        return firstPage(byCertification.query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue("bench#SAA"))).limit(21).build())
                .iterator().next().items());
    }

    Object contentQueryRaw() {
        return firstPage(client.query(b -> b.tableName(contentTables.items()).indexName("CertificationTypeIndex")
                .limit(21).keyConditionExpression("cert_key = :k")
                .expressionAttributeValues(Map.of(":k", AttributeValue.fromS("bench#SAA")))).items());
    }

    private static <T> List<T> firstPage(List<T> read) {
        return read.size() > 20 ? read.subList(0, 20) : read;
    }

    private static ContentRow contentRow(String id) {
        ContentRow r = new ContentRow();
        r.contentId = "bench#" + id;
        r.certificationType = "SAA";
        r.tenant = "bench";
        r.id = id;
        r.title = DETAILS.title();
        r.contentType = DETAILS.contentType().name();
        r.category = DETAILS.category();
        r.subcategory = DETAILS.subcategory();
        r.difficulty = DETAILS.difficulty().name();
        r.tags = List.copyOf(DETAILS.tags());
        r.sourceFile = "lambda.pdf";
        r.sourceBucket = "bucket";
        r.chunkCount = DETAILS.chunkCount();
        r.questionCount = DETAILS.questionCount();
        r.version = "1.0";
        r.active = true;
        r.createdAt = "2026-01-01T00:00:00.000Z";
        r.updatedAt = r.createdAt;
        r.revision = 1L;
        r.certKey = "bench#SAA";
        r.certSort = DETAILS.category() + "\u001f" + id;
        r.categoryKey = "bench#" + DETAILS.category();
        r.categorySort = id + "\u001fSAA";
        r.typeKey = "bench#STUDY_GUIDE";
        r.typeSort = r.createdAt + "\u001f" + id + "\u001fSAA";
        return r;
    }

    private static Map<String, AttributeValue> rawContent(String id) {
        ContentRow r = contentRow(id);
        Map<String, AttributeValue> a = new HashMap<>();
        a.put("content_id", AttributeValue.fromS(r.contentId));
        a.put("certification_type", AttributeValue.fromS(r.certificationType));
        a.put("tenant", AttributeValue.fromS(r.tenant));
        a.put("id", AttributeValue.fromS(id));
        a.put("title", AttributeValue.fromS(r.title));
        a.put("content_type", AttributeValue.fromS(r.contentType));
        a.put("category", AttributeValue.fromS(r.category));
        a.put("subcategory", AttributeValue.fromS(r.subcategory));
        a.put("difficulty", AttributeValue.fromS(r.difficulty));
        a.put("tags", AttributeValue.fromL(r.tags.stream().map(AttributeValue::fromS).toList()));
        a.put("source_file", AttributeValue.fromS(r.sourceFile));
        a.put("source_bucket", AttributeValue.fromS(r.sourceBucket));
        a.put("chunk_count", AttributeValue.fromN(Integer.toString(r.chunkCount)));
        a.put("question_count", AttributeValue.fromN(Integer.toString(r.questionCount)));
        a.put("version", AttributeValue.fromS(r.version));
        a.put("active", AttributeValue.fromBool(true));
        a.put("created_at", AttributeValue.fromS(r.createdAt));
        a.put("updated_at", AttributeValue.fromS(r.updatedAt));
        a.put("revision", AttributeValue.fromN("1"));
        a.put("cert_key", AttributeValue.fromS(r.certKey));
        a.put("cert_sort", AttributeValue.fromS(r.certSort));
        a.put("category_key", AttributeValue.fromS(r.categoryKey));
        a.put("category_sort", AttributeValue.fromS(r.categorySort));
        a.put("type_key", AttributeValue.fromS(r.typeKey));
        a.put("type_sort", AttributeValue.fromS(r.typeSort));
        return a;
    }

    // ---- circle members ------------------------------------------------------------------------------------

    Object memberGetPortside() {
        return members.get(TENANT, new UserId("m025")).get().get();
    }

    Object memberGetEnhanced() {
        return memberRows.getItem(r -> r.key(Key.builder().partitionValue("T#bench#USER#m025").sortValue("PROFILE")
                .build()).consistentRead(true));
    }

    Object memberGetRaw() {
        return client.getItem(g -> g.tableName(circlesTable.name()).consistentRead(true)
                .key(Map.of("PK", AttributeValue.fromS("T#bench#USER#m025"), "SK", AttributeValue.fromS("PROFILE"))))
                .item();
    }

    private Member newMember(String id) {
        return new Member(TENANT, new UserId(id), new Email(id + "@example.com"), template.profile(),
                template.preferences(), template.settings(), template.primaryGoals(), false, true, template.stats(),
                template.lastActive(), template.createdAt(), template.updatedAt(), Revision.INITIAL);
    }

    Object memberPutPortside() {
        return members.create(newMember("p" + ids.incrementAndGet())).get();
    }

    Object memberPutEnhanced() {
        Member m = newMember("e" + ids.incrementAndGet());
        MemberRow row = memberRow(m);
        ClaimRow claim = new ClaimRow();
        claim.pk = "T#bench#EMAIL#" + m.email().value();
        claim.sk = "CLAIM";
        claim.entityType = "EMAIL_CLAIM";
        claim.ownerId = m.id().value();
        Expression absent = Expression.builder().expression("attribute_not_exists(PK)").build();
        return enhanced.transactWriteItems(TransactWriteItemsEnhancedRequest.builder()
                .addPutItem(memberRows, TransactPutItemEnhancedRequest.builder(MemberRow.class).item(row)
                        .conditionExpression(absent).build())
                .addPutItem(claimRows, TransactPutItemEnhancedRequest.builder(ClaimRow.class).item(claim)
                        .conditionExpression(absent).build())
                .build());
    }

    /** What an Enhanced Client user writes to map a member into its row. */
    private static MemberRow memberRow(Member m) {
        MemberRow r = new MemberRow();
        String id = m.id().value();
        r.pk = "T#bench#USER#" + id;
        r.sk = "PROFILE";
        r.entityType = "MEMBER";
        r.id = id;
        r.email = m.email().value();
        r.displayName = m.profile().displayName();
        r.bio = m.profile().bio().getOrNull();
        r.culturalBackground = m.profile().culturalBackground();
        r.communicationStyle = m.profile().communicationStyle().name();
        r.diagnosisStage = m.profile().diagnosisStage().name();
        r.supportNeeds = m.profile().supportNeeds();
        r.profileVisibility = m.preferences().profileVisibility().name();
        r.emailNotifications = m.preferences().emailNotifications();
        r.pushNotifications = m.preferences().pushNotifications();
        r.weeklyDigest = m.preferences().weeklyDigest();
        r.theme = m.settings().theme().name();
        r.language = m.settings().language();
        r.timezone = m.settings().timezone().getId();
        r.highContrast = m.settings().highContrast();
        r.largeText = m.settings().largeText();
        r.screenReader = m.settings().screenReader();
        r.reducedMotion = m.settings().reducedMotion();
        r.primaryGoals = m.primaryGoals();
        r.verified = m.verified();
        r.active = m.active();
        r.storiesShared = m.stats().storiesShared();
        r.helpfulVotes = m.stats().helpfulVotes();
        r.circlesJoined = m.stats().circlesJoined();
        r.comments = m.stats().comments();
        r.lastActive = m.lastActive().toString();
        r.createdAt = m.createdAt().toString();
        r.updatedAt = m.updatedAt().toString();
        r.revision = 1L;
        r.gsi1pk = "T#bench#EMAIL#" + r.email;
        r.gsi1sk = "USER#" + id;
        r.gsi3pk = "T#bench#STAGE#" + r.diagnosisStage;
        r.gsi3sk = id;
        r.gsi4pk = "T#bench#MEMBER";
        r.gsi4sk = id;
        return r;
    }

    Object membersQueryPortside() {
        return circles.members(TENANT, new CircleId(CIRCLE), Option.none(), Option.none(), PageRequest.first(20)).get();
    }

    Object membersQueryEnhanced() {
        return firstPage(membershipRows.query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortBeginsWith(k -> k.partitionValue("T#bench#CIRCLE#" + CIRCLE)
                        .sortValue("MEMBER#")))
                .consistentRead(true).limit(21).build()).iterator().next().items());
    }

    Object membersQueryRaw() {
        return firstPage(client.query(q -> q.tableName(circlesTable.name()).consistentRead(true).limit(21)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :sk)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("T#bench#CIRCLE#" + CIRCLE),
                        ":sk", AttributeValue.fromS("MEMBER#")))).items());
    }

    // ---- the run -------------------------------------------------------------------------------------------

    /** Checks that every path reads what the others read, so the pairs compare the same work. */
    void check() {
        ContentRow row = (ContentRow) contentGetEnhanced();
        ContentItem item = (ContentItem) contentGetPortside();
        require(row.title.equals(item.details().title()) && row.revision == item.revision().value(), "content get");
        MemberRow member = (MemberRow) memberGetEnhanced();
        require(member.email.equals(((Member) memberGetPortside()).email().value()) && member.timezone != null,
                "member get");
        @SuppressWarnings("unchecked")
        List<MembershipRow> page = (List<MembershipRow>) membersQueryEnhanced();
        require(page.size() == 20 && page.get(0).role != null, "members query: " + page.size());
        require(((List<?>) contentQueryEnhanced()).size() == 20, "content query");
        require(((dev.portside.domain.kernel.Page<?>) membersQueryPortside()).items().size() == 20, "members page");
    }

    private static void require(boolean holds, String what) {
        if (!holds) {
            throw new IllegalStateException("the paths disagree: " + what);
        }
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        PrintStream out = System.out;
        EnhancedClientPeer peer = new EnhancedClientPeer();
        peer.check();
        List<String> summary = new ArrayList<>();
        run(out, summary, "content get", rounds, batch, Paired.rounds(rounds).warmup(rounds / 4).batch(batch)
                .add("portside", peer::contentGetPortside).add("enhanced", peer::contentGetEnhanced)
                .add("raw", peer::contentGetRaw));
        run(out, summary, "content put", rounds, batch, Paired.rounds(rounds).warmup(rounds / 4).batch(batch)
                .add("portside", peer::contentPutPortside).add("enhanced", peer::contentPutEnhanced)
                .add("raw", peer::contentPutRaw));
        run(out, summary, "content query 20", rounds, batch, Paired.rounds(rounds).warmup(rounds / 4).batch(batch)
                .add("portside", peer::contentQueryPortside).add("enhanced", peer::contentQueryEnhanced)
                .add("raw", peer::contentQueryRaw));
        run(out, summary, "member get", rounds, batch, Paired.rounds(rounds).warmup(rounds / 4).batch(batch)
                .add("portside", peer::memberGetPortside).add("enhanced", peer::memberGetEnhanced)
                .add("raw", peer::memberGetRaw));
        run(out, summary, "member put", rounds, batch, Paired.rounds(rounds).warmup(rounds / 4).batch(batch)
                .add("portside", peer::memberPutPortside).add("enhanced", peer::memberPutEnhanced));
        run(out, summary, "circle members query 20", rounds, batch, Paired.rounds(rounds).warmup(rounds / 4)
                .batch(batch).add("portside", peer::membersQueryPortside).add("enhanced", peer::membersQueryEnhanced)
                .add("raw", peer::membersQueryRaw));
        out.println();
        summary.forEach(out::println);
    }

    private static void run(PrintStream out, List<String> summary, String name, int rounds, int batch, Paired paired) {
        out.println("== " + name + " (" + rounds + " rounds of " + batch + " calls per path)");
        Paired.Result result = paired.run();
        result.print(out);
        Paired.Ratio enhanced = result.ratio("portside", "enhanced");
        summary.add(String.format(java.util.Locale.ROOT, "%-26s portside %8.1f µs  enhanced %8.1f µs  %s", name,
                result.median("portside") / 1000, result.median("enhanced") / 1000, enhanced));
        if (result.names().contains("raw")) {
            Paired.Ratio raw = result.ratio("portside", "raw");
            summary.add(String.format(java.util.Locale.ROOT, "%-26s raw      %8.1f µs  %s", name,
                    result.median("raw") / 1000, raw));
        }
    }
}
