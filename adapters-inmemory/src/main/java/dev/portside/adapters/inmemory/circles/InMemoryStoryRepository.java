package dev.portside.adapters.inmemory.circles;

import dev.portside.adapters.common.circles.SortKeys;
import dev.portside.adapters.inmemory.support.Pager;
import dev.portside.adapters.inmemory.support.RevisionedWrites;
import dev.portside.domain.circles.CircleId;
import dev.portside.domain.circles.Comment;
import dev.portside.domain.circles.Story;
import dev.portside.domain.circles.StoryId;
import dev.portside.domain.circles.StoryRepository;
import dev.portside.domain.circles.StoryStatus;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The reference {@link StoryRepository}: stories with revision rules and their comments, under one lock. */
public final class InMemoryStoryRepository implements StoryRepository {

    private final RevisionedWrites<Story> stories =
            RevisionedWrites.of("story", Story::tenant, s -> s.id().value(), Story::revision, Story::withRevision);
    private final Map<TenantId, Map<String, TreeMap<String, Comment>>> comments = new HashMap<>();
    private final Pager pager;

    public InMemoryStoryRepository(CursorCodec codec) {
        this.pager = new Pager(codec);
    }

    @Override
    public synchronized Either<Problem, Story> create(Story story) {
        return stories.create(story);
    }

    @Override
    public synchronized Either<Problem, Story> save(Story story) {
        return stories.save(story);
    }

    @Override
    public synchronized Either<Problem, Story> addCounts(TenantId tenant, StoryId id, long helpfulVotes, long comments,
                                                         Instant at) {
        return stories.update(tenant, id.value(), s -> s.withCounts(helpfulVotes, comments, at));
    }

    @Override
    public synchronized Either<Problem, Option<Story>> get(TenantId tenant, StoryId id) {
        return Either.right(stories.get(tenant, id.value()));
    }

    @Override
    public synchronized Either<Problem, StoryId> delete(TenantId tenant, StoryId id, Revision expected) {
        return stories.delete(tenant, id.value(), expected).map(gone -> {
            comments.getOrDefault(tenant, new HashMap<>()).remove(id.value());
            return id;
        });
    }

    @Override
    public synchronized Either<Problem, Page<Story>> feed(TenantId tenant, CircleId circle, PageRequest page) {
        List<Story> list = stories.all(tenant).stream()
                .filter(s -> s.circle().contains(circle) && s.status() == StoryStatus.PUBLISHED)
                .toList();
        return pager.page(tenant, "circles.feed|" + circle, list, SortKeys::story, Pager.Order.DESCENDING, page);
    }

    @Override
    public synchronized Either<Problem, Page<Story>> moderationQueue(TenantId tenant, PageRequest page) {
        List<Story> list = stories.all(tenant).stream()
                .filter(s -> s.status() == StoryStatus.FLAGGED)
                .toList();
        return pager.page(tenant, "circles.moderation", list, SortKeys::story, Pager.Order.ASCENDING, page);
    }

    @Override
    public synchronized Either<Problem, Comment> addComment(Comment comment) {
        TenantId tenant = comment.tenant();
        if (stories.get(tenant, comment.story().value()).isEmpty()) {
            return Either.left(new Problem.NotFound("story", comment.story().value()));
        }
        TreeMap<String, Comment> thread = comments.computeIfAbsent(tenant, t -> new HashMap<>())
                .computeIfAbsent(comment.story().value(), s -> new TreeMap<>());
        if (thread.values().stream().anyMatch(c -> c.id().equals(comment.id()))) {
            return Either.left(new Problem.AlreadyExists("comment", comment.story() + "/" + comment.id()));
        }
        thread.put(SortKeys.comment(comment), comment);
        return Either.right(comment);
    }

    @Override
    public synchronized Either<Problem, Page<Comment>> comments(TenantId tenant, StoryId story, PageRequest page) {
        List<Comment> list = List.copyOf(comments.getOrDefault(tenant, Map.of())
                .getOrDefault(story.value(), new TreeMap<>()).values());
        return pager.page(tenant, "circles.comments|" + story, list, SortKeys::comment, Pager.Order.ASCENDING, page);
    }
}
