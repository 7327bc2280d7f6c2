package dev.portside.testkit.isolation;

import static dev.portside.testkit.circles.CircleFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.circles.Ports;
import dev.portside.domain.circles.Business;
import dev.portside.domain.circles.BusinessId;
import dev.portside.domain.circles.BusinessRepository;
import dev.portside.domain.circles.BusinessStatus;
import dev.portside.domain.circles.CircleId;
import dev.portside.domain.circles.Comment;
import dev.portside.domain.circles.CommentId;
import dev.portside.domain.circles.Resource;
import dev.portside.domain.circles.ResourceId;
import dev.portside.domain.circles.ResourceRepository;
import dev.portside.domain.circles.ResourceStatus;
import dev.portside.domain.circles.ResourceType;
import dev.portside.domain.circles.Story;
import dev.portside.domain.circles.StoryId;
import dev.portside.domain.circles.StoryRepository;
import dev.portside.domain.circles.StoryStatus;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.UserId;
import dev.portside.testkit.circles.CircleFixtures;
import dev.portside.testkit.circles.Paging;
import io.vavr.control.Option;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Stories (with their comments and counts), businesses and resources are tenant-scoped on every adapter: random ones
 * written under two tenants with the same ids are never answered to the other tenant — not by a lookup, a circle's
 * feed, the moderation queue, a story's comments nor a directory listing — a count added or a bulk create under one
 * tenant never meets the other's items of the same ids, and every paged query refuses a cursor from another tenant,
 * another query or with altered bytes. Each tenant's titles, names and comments name the tenant, so an item answered
 * across tenants shows even where the ids match.
 */
public abstract class CircleDirectoryIsolationContract {

    private static final int STORIES = 4;
    private static final int ENTRIES = 5;

    /** The adapter's circles ports (each test gets its stores from here). */
    protected abstract Ports ports();

    protected StoryRepository stories() {
        return ports().stories();
    }

    protected BusinessRepository businesses() {
        return ports().businesses();
    }

    protected ResourceRepository resources() {
        return ports().resources();
    }

    /** What one tenant wrote: stories by id with the votes added, comments by story, business and resource ids. */
    private record Written(Map<StoryId, Story> stories, Map<StoryId, Long> votes, Map<StoryId, List<CommentId>> comments,
                           List<BusinessId> businesses, List<ResourceId> resources) {
    }

    private static String mark(TenantId tenant, String id) {
        return id + " of " + tenant.value();
    }

    private Written write(TenantId tenant, List<Integer> specs) {
        Map<StoryId, Story> stories = new TreeMap<>((x, y) -> x.value().compareTo(y.value()));
        Map<StoryId, Long> votes = new LinkedHashMap<>();
        Map<StoryId, List<CommentId>> comments = new LinkedHashMap<>();
        for (int spec : specs) {
            StoryId id = new StoryId("s" + spec % STORIES);
            if (!stories.containsKey(id)) {
                Story story = stories().create(new Story(tenant, id, new UserId("ana"),
                        Option.of(new CircleId("c" + spec / STORIES % 2)), mark(tenant, id.value()), "body",
                        List.of("hope"), StoryStatus.PUBLISHED, 0, 0, T0.plusSeconds(spec), T0.plusSeconds(spec),
                        Revision.INITIAL)).get();
                if (spec / 8 % 3 == 1) {
                    story = stories().save(story.withStatus(StoryStatus.FLAGGED, T0.plusSeconds(spec))).get();
                }
                stories.put(id, story);
                votes.put(id, 0L);
                comments.put(id, new ArrayList<>());
            }
            if (spec / 24 % 2 == 1) {
                stories().addCounts(tenant, id, 1, 0, T0.plusSeconds(spec)).get();
                votes.merge(id, 1L, Long::sum);
            }
            CommentId comment = new CommentId("k" + spec % 3);
            if (!comments.get(id).contains(comment)) {
                stories().addComment(new Comment(tenant, id, comment, new UserId("bea"), mark(tenant, comment.value()),
                        T0.plusSeconds(spec))).get();
                comments.get(id).add(comment);
            }
        }
        List<Business> businesses = specs.stream().map(s -> "b" + s % ENTRIES).distinct().map(id -> new Business(
                tenant, new BusinessId(id), mark(tenant, id), "wellness", new UserId("ana"), Option.none(),
                Option.none(), false, BusinessStatus.PENDING, T0, T0, Revision.INITIAL)).toList();
        assertThat(businesses().createAll(tenant, businesses).get().written()).hasSize(businesses.size());
        List<ResourceId> resources = new ArrayList<>();
        for (String id : specs.stream().map(s -> "r" + s / 2 % ENTRIES).distinct().toList()) {
            resources().create(new Resource(tenant, new ResourceId(id), mark(tenant, id), ResourceType.GUIDE,
                    URI.create("https://example.com/r/" + id), List.of("guide"), ResourceStatus.PUBLISHED, T0, T0,
                    Revision.INITIAL)).get();
            resources.add(new ResourceId(id));
        }
        return new Written(stories, votes, comments, businesses.stream().map(Business::id).toList(), resources);
    }

    private static void stories(TenantId owner, List<Story> items) {
        assertThat(items).allSatisfy(s -> {
            assertThat(s.tenant()).isEqualTo(owner);
            assertThat(s.title()).isEqualTo(mark(owner, s.id().value()));
        });
    }

    @Property(tries = 8)
    void no_lookup_feed_queue_comment_or_directory_listing_of_one_tenant_answers_the_others_items(
            @ForAll @Size(max = 10) List<@IntRange(max = 100) Integer> specsOfA,
            @ForAll @Size(max = 10) List<@IntRange(max = 100) Integer> specsOfB) {
        TenantId a = CircleFixtures.freshTenant();
        TenantId b = CircleFixtures.freshTenant();
        Map<TenantId, Written> written = Map.of(a, write(a, specsOfA), b, write(b, specsOfB));
        for (TenantId owner : List.of(a, b)) {
            Written own = written.get(owner);
            for (int i = 0; i < STORIES; i++) {
                StoryId id = new StoryId("s" + i);
                Option<Story> found = stories().get(owner, id).get();
                stories(owner, found.toJavaList());
                assertThat(found.isDefined()).isEqualTo(own.stories().containsKey(id));
                found.forEach(s -> assertThat(s.helpfulVotes()).isEqualTo(own.votes().get(id)));
                List<Comment> comments = Paging.all(2, page -> stories().comments(owner, id, page));
                assertThat(comments).allSatisfy(c -> {
                    assertThat(c.tenant()).isEqualTo(owner);
                    assertThat(c.body()).isEqualTo(mark(owner, c.id().value()));
                });
                assertThat(comments).extracting(Comment::id).containsExactlyInAnyOrderElementsOf(
                        own.comments().getOrDefault(id, List.of()));
            }
            for (int c = 0; c < 2; c++) {
                CircleId circle = new CircleId("c" + c);
                List<Story> feed = Paging.all(2, page -> stories().feed(owner, circle, page));
                stories(owner, feed);
                assertThat(feed).extracting(Story::id).containsExactlyInAnyOrderElementsOf(own.stories().values()
                        .stream().filter(s -> s.circle().contains(circle) && s.status() == StoryStatus.PUBLISHED)
                        .map(Story::id).toList());
            }
            List<Story> queue = Paging.all(2, page -> stories().moderationQueue(owner, page));
            stories(owner, queue);
            assertThat(queue).extracting(Story::id).containsExactlyInAnyOrderElementsOf(own.stories().values()
                    .stream().filter(s -> s.status() == StoryStatus.FLAGGED).map(Story::id).toList());
            for (int i = 0; i < ENTRIES; i++) {
                BusinessId business = new BusinessId("b" + i);
                Option<Business> found = businesses().get(owner, business).get();
                assertThat(found.map(Business::name)).isEqualTo(own.businesses().contains(business)
                        ? Option.of(mark(owner, business.value())) : Option.none());
                ResourceId resource = new ResourceId("r" + i);
                assertThat(resources().get(owner, resource).get().map(Resource::title)).isEqualTo(
                        own.resources().contains(resource) ? Option.of(mark(owner, resource.value())) : Option.none());
            }
            List<Business> listed = Paging.all(2, page -> businesses().list(owner, page));
            assertThat(listed).allSatisfy(x -> assertThat(x.name()).isEqualTo(mark(owner, x.id().value())));
            assertThat(listed).extracting(Business::id).containsExactlyInAnyOrderElementsOf(own.businesses());
            List<Resource> listedResources = Paging.all(2, page -> resources().list(owner, page));
            assertThat(listedResources).allSatisfy(x -> assertThat(x.title()).isEqualTo(mark(owner, x.id().value())));
            assertThat(listedResources).extracting(Resource::id).containsExactlyInAnyOrderElementsOf(own.resources());
        }
        // a count added under one tenant to an id only the other has is refused and reaches nothing
        for (int i = 0; i < STORIES; i++) {
            StoryId id = new StoryId("s" + i);
            if (!written.get(a).stories().containsKey(id) && written.get(b).stories().containsKey(id)) {
                assertThat(stories().addCounts(a, id, 5, 5, T0).isLeft()).isTrue();
                assertThat(stories().get(b, id).get().get().helpfulVotes()).isEqualTo(written.get(b).votes().get(id));
                assertThat(stories().get(a, id).get()).isEmpty();
            }
        }
    }

    @Test
    void cursors_of_feeds_the_moderation_queue_comments_and_directory_listings_keep_to_their_tenant_and_query() {
        TenantId owner = CircleFixtures.freshTenant();
        TenantId stranger = CircleFixtures.freshTenant();
        // s0..s3 published in c0, s0 and s1 with comments k0..k2, businesses b0..b4, resources r0..r2 and r4;
        // then f0 and f1 flagged, outside any circle
        List<Integer> specs = List.of(0, 1, 2, 3, 4, 5, 8, 9, 10);
        write(owner, specs);
        write(stranger, specs);
        for (TenantId t : List.of(owner, stranger)) {
            for (int i = 0; i < 2; i++) {
                Story flagged = stories().create(new Story(t, new StoryId("f" + i), new UserId("ana"), Option.none(),
                        mark(t, "f" + i), "body", List.of("hope"), StoryStatus.PUBLISHED, 0, 0, T0, T0,
                        Revision.INITIAL)).get();
                stories().save(flagged.withStatus(StoryStatus.FLAGGED, T0)).get();
            }
        }
        PagedQueries.refuseForeignCursors(owner, stranger,
                (t, page) -> stories().feed(t, new CircleId("c0"), page),
                (t, page) -> stories().feed(t, new CircleId("c1"), page));
        PagedQueries.refuseForeignCursors(owner, stranger,
                (t, page) -> stories().moderationQueue(t, page),
                (t, page) -> stories().feed(t, new CircleId("c0"), page));
        PagedQueries.refuseForeignCursors(owner, stranger,
                (t, page) -> stories().comments(t, new StoryId("s0"), page),
                (t, page) -> stories().comments(t, new StoryId("s1"), page));
        PagedQueries.refuseForeignCursors(owner, stranger,
                (t, page) -> businesses().list(t, page),
                (t, page) -> resources().list(t, page));
        PagedQueries.refuseForeignCursors(owner, stranger,
                (t, page) -> resources().list(t, page),
                (t, page) -> businesses().list(t, page));
    }
}
