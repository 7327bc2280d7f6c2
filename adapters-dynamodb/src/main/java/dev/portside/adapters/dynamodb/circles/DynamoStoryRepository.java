package dev.portside.adapters.dynamodb.circles;

import static dev.portside.adapters.dynamodb.support.Attributes.s;

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
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Stories ({@code STORY#id|METADATA}) and comments ({@code STORY#id|COMMENT#cid}). GSI2 holds the time feeds: a
 * circle's PUBLISHED stories (sparse, newest first) and a story's comments (oldest first); GSI3 holds stories by
 * status, so FLAGGED is the moderation queue; GSI4 lists a tenant's stories.
 */
public final class DynamoStoryRepository implements StoryRepository {

    private final CirclesTable table;

    public DynamoStoryRepository(CirclesTable table) {
        this.table = table;
    }

    private static Map<String, AttributeValue> storyKey(TenantId tenant, String id) {
        return Keys.key(Keys.story(tenant, id), Keys.METADATA);
    }

    private static Map<String, AttributeValue> item(Story s) {
        TenantId tenant = s.tenant();
        Map<String, AttributeValue> item = DocItems.item(Documents.story(s), "STORY", Keys.story(tenant, s.id().value()),
                Keys.METADATA);
        String sortKey = SortKeys.story(s);
        if (s.status() == StoryStatus.PUBLISHED && s.circle().isDefined()) {
            item.put("GSI2PK", s(Keys.t(tenant) + "FEED#" + s.circle().get().value()));
            item.put("GSI2SK", s(sortKey));
        }
        item.put("GSI3PK", s(Keys.t(tenant) + "STORYSTATUS#" + s.status().name()));
        item.put("GSI3SK", s(sortKey));
        item.put("GSI4PK", s(Keys.t(tenant) + "STORY"));
        item.put("GSI4SK", s(s.id().value()));
        return item;
    }

    @Override
    public Either<Problem, Story> create(Story story) {
        Story stored = story.withRevision(Revision.INITIAL);
        return table.writes.create("story", story.id().value(), item(stored)).map(r -> stored);
    }

    @Override
    public Either<Problem, Story> save(Story story) {
        Story next = story.withRevision(story.revision().next());
        return table.writes.save("story", story.id().value(), item(next), story.revision()).map(r -> next);
    }

    @Override
    public Either<Problem, Story> addCounts(TenantId tenant, StoryId id, long helpfulVotes, long comments, Instant at) {
        Map<String, Long> deltas = new LinkedHashMap<>();
        deltas.put("helpfulVotes", helpfulVotes);
        deltas.put("commentCount", comments);
        return table.add(storyKey(tenant, id.value()), deltas, at).flatMap(updated -> updated
                .map(i -> Documents.story(tenant, DocItems.doc(i)))
                .toEither(() -> new Problem.NotFound("story", id.value())));
    }

    @Override
    public Either<Problem, Option<Story>> get(TenantId tenant, StoryId id) {
        return table.writes.read(storyKey(tenant, id.value()), i -> Documents.story(tenant, DocItems.doc(i)));
    }

    /**
     * The story and its comments, in one transaction when they fit; a story with more comments loses them first,
     * in transactions that each check the story's revision, and the story goes last. A comment added while the
     * delete runs (its own transaction needs the story to exist) is swept once the story is gone, when no further
     * comment can be added.
     */
    @Override
    public Either<Problem, StoryId> delete(TenantId tenant, StoryId id, Revision expected) {
        Map<String, AttributeValue> key = storyKey(tenant, id.value());
        String partition = Keys.story(tenant, id.value());
        return table.keys(partition, "COMMENT#").flatMap(comments -> table.writes.transactGuarded(key, expected,
                        List.of(table.writes.deleteIfRevision(key, expected)),
                        comments.stream().map(c -> List.of(table.writes.delete(c))).toList()))
                .flatMap(refused -> refused.isEmpty() ? Either.right(id)
                        : Either.<Problem, StoryId>left(table.writes.stale("story", id.value(), expected,
                        refused.get().stood())))
                .flatMap(gone -> table.keys(partition, "COMMENT#").flatMap(late -> table.batches.write(table.name,
                        late.stream().map(c -> WriteRequest.builder().deleteRequest(r -> r.key(c)).build()).toList())))
                .map(swept -> id);
    }

    @Override
    public Either<Problem, Page<Story>> feed(TenantId tenant, CircleId circle, PageRequest page) {
        return table.index(2, Keys.t(tenant) + "FEED#" + circle.value(), false, tenant, "circles.feed|" + circle, page,
                item -> true, item -> Documents.story(tenant, DocItems.doc(item)));
    }

    @Override
    public Either<Problem, Page<Story>> moderationQueue(TenantId tenant, PageRequest page) {
        return table.index(3, Keys.t(tenant) + "STORYSTATUS#" + StoryStatus.FLAGGED.name(), true, tenant,
                "circles.moderation", page, item -> true, item -> Documents.story(tenant, DocItems.doc(item)));
    }

    @Override
    public Either<Problem, Comment> addComment(Comment comment) {
        TenantId tenant = comment.tenant();
        String story = comment.story().value();
        Map<String, AttributeValue> item = DocItems.item(Documents.comment(comment), "COMMENT", Keys.story(tenant, story),
                "COMMENT#" + comment.id().value());
        item.put("GSI2PK", s(Keys.t(tenant) + "COMMENTS#" + story));
        item.put("GSI2SK", s(SortKeys.comment(comment)));
        return table.writes.transact(List.of(table.writes.exists(storyKey(tenant, story)), table.writes.putNew(item)))
                .flatMap(refused -> refused.isEmpty() ? Either.right(comment) : Either.left(refused.get().index() == 0
                        ? new Problem.NotFound("story", story)
                        : new Problem.AlreadyExists("comment", story + "/" + comment.id().value())));
    }

    @Override
    public Either<Problem, Page<Comment>> comments(TenantId tenant, StoryId story, PageRequest page) {
        return table.index(2, Keys.t(tenant) + "COMMENTS#" + story.value(), true, tenant, "circles.comments|" + story,
                page, item -> true, item -> Documents.comment(tenant, DocItems.doc(item)));
    }
}
