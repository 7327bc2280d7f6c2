package dev.portside.benchmarks.circles;

import dev.portside.application.circles.CommunityCommands.CreateCircle;
import dev.portside.application.circles.CommunityCommands.JoinCircle;
import dev.portside.application.circles.CommunityCommands.MemberForm;
import dev.portside.application.circles.CommunityCommands.RegisterMember;
import dev.portside.application.circles.Community;
import dev.portside.domain.circles.CircleId;
import dev.portside.domain.circles.Member;
import dev.portside.domain.circles.Membership;
import dev.portside.domain.kernel.UserId;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Option;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The single-table adapter against the raw DynamoDbClient on the same table: get one member, and list a circle's
 * 100 members in pages of 25. The ratio adapter / raw is what matters (target ≤ 1.15). Each pair is named so
 * that JMH runs its two halves back to back.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CircleReadsBenchmark {

    private CirclesBench bench;
    private final TenantId tenant = new TenantId("bench");
    private final UserId member = new UserId("m050");
    private final CircleId circle = new CircleId("c1");

    @Setup
    public void setUp() {
        bench = new CirclesBench();
        Community community = new Community(bench.ports);
        for (int i = 0; i < 100; i++) {
            String id = String.format("m%03d", i);
            community.members().register(new RegisterMember("bench", id, MemberForm.basic(id + "@example.com", id)))
                    .get();
        }
        community.circles().create(CreateCircle.builder("bench", "m000", "Bench", "SOCIAL", "PUBLIC").id("c1")
                .maxMembers(200).build()).get();
        for (int i = 1; i < 100; i++) {
            community.circles().join(new JoinCircle("bench", "c1", String.format("m%03d", i))).get();
        }
    }

    @Benchmark
    public Member getMemberPortside() {
        return bench.ports.members().get(tenant, member).get().get();
    }

    @Benchmark
    public Map<String, AttributeValue> getMemberRaw() {
        return bench.client.getItem(g -> g.tableName(bench.table.name()).consistentRead(true)
                .key(Map.of("PK", AttributeValue.fromS("T#bench#USER#m050"), "SK", AttributeValue.fromS("PROFILE"))))
                .item();
    }

    @Benchmark
    public int listMembersPortside() {
        int count = 0;
        PageRequest request = PageRequest.first(25);
        while (true) {
            Page<Membership> page = bench.ports.circles().members(tenant, circle, Option.none(), Option.none(),
                    request).get();
            count += page.items().size();
            if (!page.hasNext()) {
                return count;
            }
            request = request.after(page.next().get());
        }
    }

    @Benchmark
    public int listMembersRaw() {
        int count = 0;
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse response = bench.client.query(q -> q.tableName(bench.table.name()).consistentRead(true)
                    .keyConditionExpression("PK = :pk AND begins_with(SK, :sk)")
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("T#bench#CIRCLE#c1"),
                            ":sk", AttributeValue.fromS("MEMBER#")))
                    .limit(25).exclusiveStartKey(from));
            count += response.items().size();
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (start != null);
        return count;
    }
}
