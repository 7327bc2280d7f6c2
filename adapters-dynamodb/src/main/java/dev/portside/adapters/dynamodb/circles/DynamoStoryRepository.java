package dev.portside.adapters.dynamodb.circles;

import dev.portside.adapters.common.circles.Documents;
import dev.portside.adapters.common.circles.SortKeys;
import dev.portside.domain.circles.CircleId;
import dev.portside.domain.circles.Comment;
import dev.portside.domain.circles.Story;
import dev.portside.domain.circles.StoryId;
import dev.portside.domain.circles.StoryRepository;
import dev.portside.domain.circles.StoryStatus;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Stories ({@code STORY#id|METADATA}) and comments ({@code STORY#id|COMMENT#cid}). GSI2 holds the time feeds: a
 * circle's PUBLISHED stories (sparse, newest first) and a story's comments (oldest first); GSI3 holds stories by
 * status, so FLAGGED is the moderation queue; GSI4 lists a tenant's stories.
 */
public final class DynamoStoryRepository implements StoryRepository {

    private final VersionedItems<Story> stories;
    private final CirclesTable table;

    public DynamoStoryRepository(CirclesTable table) {
        this.table = table;
        this.stories = new VersionedItems<>(table, "story", s -> s.id().value(), Story::revision,
                Story::withRevision, DynamoStoryRepository::item, (tenant, item) -> Documents.story(tenant,
                Items.doc(item)), (tenant, id) -> Items.key(Keys.story(tenant, id), Keys.METADATA));
    }

    private static Map<String, AttributeValue> item(TenantId tenant, Story s) {
        Map<String, AttributeValue> item = Items.item(Documents.story(s), "STORY", Keys.story(tenant, s.id().value()),
                Keys.METADATA);
        String sortKey = SortKeys.story(s);
        if (s.status() == StoryStatus.PUBLISHED && s.circle().isDefined()) {
            item.put("GSI2PK", Items.s(Keys.t(tenant) + "FEED#" + s.circle().get().value()));
            item.put("GSI2SK", Items.s(sortKey));
        }
        item.put("GSI3PK", Items.s(Keys.t(tenant) + "STORYSTATUS#" + s.status().name()));
        item.put("GSI3SK", Items.s(sortKey));
        item.put("GSI4PK", Items.s(Keys.t(tenant) + "STORY"));
        item.put("GSI4SK", Items.s(s.id().value()));
        return item;
    }

    @Override
    public Either<Problem, Story> create(Story story) {
        TenantId tenant = story.tenant();
        return stories.create(tenant, story);
    }

    @Override
    public Either<Problem, Story> save(Story story) {
        TenantId tenant = story.tenant();
        return stories.save(tenant, story);
    }

    @Override
    public Either<Problem, Story> addCounts(TenantId tenant, StoryId id, long helpfulVotes, long comments, Instant at) {
        Map<String, Long> deltas = new LinkedHashMap<>();
        deltas.put("helpfulVotes", helpfulVotes);
        deltas.put("commentCount", comments);
        return table.guard(() -> table.add(Items.key(Keys.story(tenant, id.value()), Keys.METADATA), deltas, at)
                .<Either<Problem, Story>>map(i -> Either.right(Documents.story(tenant, Items.doc(i))))
                .orElseGet(() -> Either.left(new Problem.NotFound("story", id.value()))));
    }

    @Override
    public Either<Problem, Option<Story>> get(TenantId tenant, StoryId id) {
        return stories.get(tenant, id.value());
    }

    @Override
    public Either<Problem, Page<Story>> feed(TenantId tenant, CircleId circle, PageRequest page) {
        return PagedQuery.index(2, Keys.t(tenant) + "FEED#" + circle.value(), false).run(table, tenant,
                "circles.feed|" + circle, page, item -> true, item -> Documents.story(tenant, Items.doc(item)));
    }

    @Override
    public Either<Problem, Page<Story>> moderationQueue(TenantId tenant, PageRequest page) {
        return PagedQuery.index(3, Keys.t(tenant) + "STORYSTATUS#" + StoryStatus.FLAGGED.name(), true).run(table,
                tenant, "circles.moderation", page, item -> true, item -> Documents.story(tenant, Items.doc(item)));
    }

    @Override
    public Either<Problem, Comment> addComment(Comment comment) {
        TenantId tenant = comment.tenant();
        String story = comment.story().value();
        Map<String, AttributeValue> item = Items.item(Documents.comment(comment), "COMMENT", Keys.story(tenant, story),
                "COMMENT#" + comment.id().value());
        item.put("GSI2PK", Items.s(Keys.t(tenant) + "COMMENTS#" + story));
        item.put("GSI2SK", Items.s(SortKeys.comment(comment)));
        return table.guard(() -> {
            CirclesTable.TxResult r = table.transact(List.of(
                    Writes.exists(table.name, Items.key(Keys.story(tenant, story), Keys.METADATA)),
                    Writes.putNew(table.name, item)));
            return r.done() ? Either.right(comment) : Either.left(r.failedIndex() == 0
                    ? new Problem.NotFound("story", story)
                    : new Problem.AlreadyExists("comment", story + "/" + comment.id().value()));
        });
    }

    @Override
    public Either<Problem, Page<Comment>> comments(TenantId tenant, StoryId story, PageRequest page) {
        return PagedQuery.index(2, Keys.t(tenant) + "COMMENTS#" + story.value(), true).run(table, tenant,
                "circles.comments|" + story, page, item -> true, item -> Documents.comment(tenant, Items.doc(item)));
    }
}
