package dev.portside.adapters.dynamodb.circles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.adapters.dynamodb.testing.DynamoFaults;
import dev.portside.domain.circles.Member;
import dev.portside.domain.circles.MemberStats;
import dev.portside.domain.circles.Story;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.UserId;
import dev.portside.testkit.circles.CircleFixtures;
import dev.portside.testkit.faults.FaultInjector;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Counter increments (member stats, story votes and comments) whose reply is lost: the request was applied, the
 * SDK retries it, and the retry must not count a second time.
 */
class CounterRetriesTest {

    @RegisterExtension
    static final DynamoDbBackend BACKEND = DynamoDbBackend.shared();

    private static final Instant AT = Instant.parse("2026-03-02T11:00:00Z");

    private final CirclesTable table = DynamoCircles.table(CounterRetriesTest.class);
    private final TenantId tenant = CircleFixtures.freshTenant();

    private static FaultInjector losingOneReply(String fault) {
        FaultInjector injector = new FaultInjector(1, 1.0, DynamoFaults.all().stream()
                .filter(f -> f.name().equals(fault)).toList());
        injector.strikeAtMost(1).start();
        return injector;
    }

    private CirclesTable faulty(DynamoDbClient client) {
        return new CirclesTable(client, table.name(), DynamoCircles.CODEC);
    }

    @Test
    void a_stats_increment_whose_reply_was_lost_counts_once() {
        Member member = new DynamoMemberRepository(table).create(CircleFixtures.member(tenant, "m1", "m1@example.com"))
                .get();
        MemberStats delta = new MemberStats(1, 2, 0, 1);
        FaultInjector injector = losingOneReply("lost reply (500)");
        try (DynamoDbClient client = DynamoFaults.client(injector)) {
            Member after = new DynamoMemberRepository(faulty(client)).addStats(tenant, member.id(), delta, AT).get();
            assertThat(after.stats()).isEqualTo(member.stats().plus(delta));
            assertThat(after.revision()).isEqualTo(member.revision().next());
        }
        assertThat(injector.struck()).hasSize(1).allMatch(s -> s.endsWith("lost reply (500)"));
        Member stored = new DynamoMemberRepository(table).get(tenant, member.id()).get().get();
        assertThat(stored.stats()).isEqualTo(member.stats().plus(delta));
        assertThat(stored.revision()).isEqualTo(member.revision().next());
    }

    @Test
    void a_vote_whose_reply_was_lost_counts_once() {
        Story story = new DynamoStoryRepository(table).create(CircleFixtures.story(tenant, "s1", "m1", "c1", AT)).get();
        FaultInjector injector = losingOneReply("lost reply (connection reset)");
        try (DynamoDbClient client = DynamoFaults.client(injector)) {
            Story after = new DynamoStoryRepository(faulty(client)).addCounts(tenant, story.id(), 1, 0, AT).get();
            assertThat(after.helpfulVotes()).isEqualTo(story.helpfulVotes() + 1);
        }
        assertThat(injector.struck()).hasSize(1);
        Story stored = new DynamoStoryRepository(table).get(tenant, story.id()).get().get();
        assertThat(stored.helpfulVotes()).isEqualTo(story.helpfulVotes() + 1);
        assertThat(stored.comments()).isEqualTo(story.comments());
        assertThat(stored.revision()).isEqualTo(story.revision().next());
    }

    @Test
    void an_increment_of_a_missing_member_is_still_not_found() {
        FaultInjector injector = losingOneReply("lost reply (500)");
        try (DynamoDbClient client = DynamoFaults.client(injector)) {
            assertThat(new DynamoMemberRepository(faulty(client))
                    .addStats(tenant, new UserId("nobody"), new MemberStats(1, 0, 0, 0), AT).getLeft())
                    .isEqualTo(new Problem.NotFound("member", "nobody"));
        }
        assertThat(new DynamoMemberRepository(table).get(tenant, new UserId("nobody")).get()).isEmpty();
    }
}
