package dev.portside.testkit.circles;

import static dev.portside.testkit.circles.CircleFixtures.T0;
import static dev.portside.testkit.circles.CircleFixtures.comment;
import static dev.portside.testkit.circles.CircleFixtures.freshTenant;
import static dev.portside.testkit.circles.CircleFixtures.story;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.circles.CircleId;
import dev.portside.domain.circles.Comment;
import dev.portside.domain.circles.Story;
import dev.portside.domain.circles.StoryId;
import dev.portside.domain.circles.StoryRepository;
import dev.portside.domain.circles.StoryStatus;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** What every {@link StoryRepository} must do: revisions, the newest-first feed, the moderation queue, comments. */
public abstract class StoryRepositoryContract {

    protected abstract StoryRepository repository();

    private final TenantId tenant = freshTenant();

    /** {@code count} stories s0.. in circle c1, the first {@code flagged} of them flagged; same ids in every tenant. */
    private List<Story> stories(TenantId owner, int count, int flagged) {
        List<Story> made = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            Story story = repository().create(story(owner, "s" + i, "ana", "c1", T0.plusSeconds(i))).get();
            if (i < flagged) {
                story = repository().save(story.withStatus(StoryStatus.FLAGGED, T0.plusSeconds(i))).get();
            }
            repository().addComment(comment(owner, "s" + i, "k" + i, "bea", T0.plusSeconds(i))).get();
            made.add(story);
        }
        return made;
    }

    @Property(tries = 10)
    void no_query_of_one_tenant_sees_the_other_tenants_stories(@ForAll @IntRange(min = 1, max = 5) int ofA,
                                                               @ForAll @IntRange(min = 1, max = 5) int ofB,
                                                               @ForAll @IntRange(min = 0, max = 5) int flagged) {
        TenantId a = freshTenant();
        TenantId b = freshTenant();
        java.util.Map<TenantId, List<Story>> made = java.util.Map.of(a, stories(a, ofA, Math.min(flagged, ofA)),
                b, stories(b, ofB, 0));
        for (TenantId owner : List.of(a, b)) {
            List<Story> own = made.get(owner);
            long flaggedOwn = own.stream().filter(s -> s.status() == StoryStatus.FLAGGED).count();
            assertThat(Paging.all(2, page -> repository().feed(owner, new CircleId("c1"), page)))
                    .hasSize((int) (own.size() - flaggedOwn)).allSatisfy(s -> assertThat(s.tenant()).isEqualTo(owner));
            assertThat(Paging.all(2, page -> repository().moderationQueue(owner, page)))
                    .hasSize((int) flaggedOwn).allSatisfy(s -> assertThat(s.tenant()).isEqualTo(owner));
            for (int i = 0; i < 5; i++) {
                StoryId id = new StoryId("s" + i);
                assertThat(repository().get(owner, id).get().isDefined()).isEqualTo(i < own.size());
                repository().get(owner, id).get().forEach(s -> assertThat(s.tenant()).isEqualTo(owner));
                assertThat(Paging.all(2, page -> repository().comments(owner, id, page)))
                        .hasSize(i < own.size() ? 1 : 0).allSatisfy(c -> assertThat(c.tenant()).isEqualTo(owner));
            }
        }
    }

    @Test
    void a_cursor_is_refused_for_another_tenant_another_query_or_altered_bytes() {
        TenantId owner = freshTenant();
        TenantId stranger = freshTenant();
        stories(owner, 3, 0);
        stories(stranger, 3, 0);
        dev.portside.testkit.isolation.PagedQueries.refuseForeignCursors(owner, stranger,
                (t, page) -> repository().feed(t, new CircleId("c1"), page),
                (t, page) -> repository().feed(t, new CircleId("c2"), page));
    }

    @Test
    void a_story_reads_back_and_a_stale_save_is_a_conflict() {
        Story created = repository().create(story(tenant, "s1", "ana", "c1", T0)).get();
        assertThat(repository().get(tenant, new StoryId("s1")).get()).contains(created);
        assertThat(repository().create(story(tenant, "s1", "bea", null, T0)).getLeft())
                .isInstanceOf(Problem.AlreadyExists.class);
        Story voted = repository().save(created.withCounts(1, 0, T0.plusSeconds(1))).get();
        assertThat(voted.revision()).isEqualTo(new Revision(2));
        assertThat(repository().save(created).getLeft())
                .isEqualTo(new Problem.Conflict("story", "s1", Revision.INITIAL, new Revision(2)));
        assertThat(repository().get(freshTenant(), new StoryId("s1")).get()).isEmpty();
    }

    @Test
    void counter_increments_add_up_and_bump_the_revision() {
        repository().create(story(tenant, "s1", "ana", "c1", T0)).get();
        for (int i = 0; i < 5; i++) {
            repository().addCounts(tenant, new StoryId("s1"), 2, 1, T0.plusSeconds(i)).get();
        }
        Story s = repository().get(tenant, new StoryId("s1")).get().get();
        assertThat(s.helpfulVotes()).isEqualTo(10);
        assertThat(s.comments()).isEqualTo(5);
        assertThat(s.revision()).isEqualTo(new Revision(6));
        assertThat(s.updatedAt()).isEqualTo(T0.plusSeconds(4));
        assertThat(repository().addCounts(tenant, new StoryId("none"), 1, 0, T0).getLeft())
                .isInstanceOf(Problem.NotFound.class);
    }

    @Test
    void the_feed_lists_a_circles_published_stories_newest_first_in_full_pages() {
        for (int i = 0; i < 13; i++) {
            repository().create(story(tenant, String.format("s%02d", i), "ana", i % 4 == 3 ? "c2" : "c1",
                    T0.plusSeconds(i / 2))).get();
        }
        Story flagged = repository().get(tenant, new StoryId("s04")).get().get();
        repository().save(flagged.withStatus(StoryStatus.FLAGGED, T0)).get();
        List<Story> feed = Paging.all(3, page -> repository().feed(tenant, new CircleId("c1"), page));
        assertThat(feed).extracting(s -> s.id().value())
                .containsExactly("s12", "s10", "s09", "s08", "s06", "s05", "s02", "s01", "s00");
    }

    @Test
    void the_moderation_queue_lists_flagged_stories_oldest_first() {
        for (int i = 0; i < 6; i++) {
            Story s = repository().create(story(tenant, "q" + i, "ana", null, T0.plusMillis(i))).get();
            if (i % 2 == 1) {
                repository().save(s.withStatus(StoryStatus.FLAGGED, T0)).get();
            }
        }
        assertThat(Paging.all(1, page -> repository().moderationQueue(tenant, page)))
                .extracting(s -> s.id().value()).containsExactly("q1", "q3", "q5");
        assertThat(Paging.all(1, page -> repository().moderationQueue(freshTenant(), page))).isEmpty();
    }

    @Test
    void comments_list_oldest_first_and_a_reused_comment_id_is_refused() {
        repository().create(story(tenant, "s1", "ana", null, T0)).get();
        for (int i = 0; i < 7; i++) {
            repository().addComment(comment(tenant, "s1", "k" + i, "bea", T0.plusSeconds(10 - i))).get();
        }
        assertThat(repository().addComment(comment(tenant, "s1", "k3", "bea", T0)).getLeft())
                .isInstanceOf(Problem.AlreadyExists.class);
        assertThat(repository().addComment(comment(tenant, "nope", "k1", "bea", T0)).getLeft())
                .isInstanceOf(Problem.NotFound.class);
        List<Comment> all = Paging.all(2, page -> repository().comments(tenant, new StoryId("s1"), page));
        assertThat(all).extracting(c -> c.id().value()).containsExactly("k6", "k5", "k4", "k3", "k2", "k1", "k0");
        assertThat(all.get(0)).isEqualTo(comment(tenant, "s1", "k6", "bea", T0.plusSeconds(4)));
    }
}
