package dev.portside.adapters.dynamodb.circles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.domain.circles.CircleId;
import dev.portside.domain.circles.Email;
import dev.portside.domain.circles.Member;
import dev.portside.domain.circles.Story;
import dev.portside.domain.circles.StoryStatus;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.TenantId;
import dev.portside.testkit.circles.CircleFixtures;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The community table while its indexes lag behind it (the test server's lag mode): a feed shows every story as it
 * is now, never a removed story or stale counts, and a member is found by the email it has now.
 */
class CirclesIndexLagTest {

    @RegisterExtension
    static final DynamoDbBackend BACKEND = DynamoDbBackend.shared();

    private static final Instant AT = Instant.parse("2026-03-02T11:00:00Z");

    private final CirclesTable table = DynamoCircles.table(CirclesIndexLagTest.class);
    private final TenantId tenant = CircleFixtures.freshTenant();
    private final DynamoStoryRepository stories = new DynamoStoryRepository(table);
    private final DynamoMemberRepository members = new DynamoMemberRepository(table);

    @AfterEach
    void noLag() {
        BACKEND.control(table.name(), Map.of("indexLagMs", 0L));
    }

    private void lag() {
        BACKEND.control(table.name(), Map.of("indexLagMs", 60_000L));
    }

    @Test
    void a_feed_read_through_a_lagging_index_shows_the_stories_as_they_are() {
        Story kept = stories.create(CircleFixtures.story(tenant, "kept", "m1", "c1", AT)).get();
        Story removed = stories.create(CircleFixtures.story(tenant, "removed", "m1", "c1", AT.plusSeconds(1))).get();
        lag();
        stories.addCounts(tenant, kept.id(), 3, 1, AT.plusSeconds(2)).get();
        stories.save(removed.withStatus(StoryStatus.REMOVED, AT.plusSeconds(3))).get();
        var feed = stories.feed(tenant, new CircleId("c1"), PageRequest.first(10)).get();
        assertThat(feed.items()).extracting(s -> s.id().value()).containsExactly("kept");
        assertThat(feed.items().get(0).helpfulVotes()).isEqualTo(3);
        assertThat(feed.items().get(0).comments()).isEqualTo(1);
        BACKEND.control(table.name(), Map.of("catchUp", 1L));
        assertThat(stories.feed(tenant, new CircleId("c1"), PageRequest.first(10)).get().items())
                .extracting(s -> s.id().value()).containsExactly("kept");
    }

    @Test
    void a_member_is_found_by_the_email_it_has_now_while_the_indexes_lag() {
        Member member = members.create(CircleFixtures.member(tenant, "m2", "old@example.com")).get();
        lag();
        Member moved = members.save(member.withDetails(new Email("new@example.com"), member.profile(),
                member.preferences(), member.settings(), member.primaryGoals(), AT)).get();
        assertThat(members.byEmail(tenant, new Email("new@example.com")).get()).contains(moved);
        assertThat(members.byEmail(tenant, new Email("old@example.com")).get()).isEmpty();
    }
}
