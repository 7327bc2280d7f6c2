package dev.portside.adapters.sql.circles;

import dev.portside.adapters.common.circles.Documents;
import dev.portside.adapters.common.circles.SortKeys;
import dev.portside.adapters.sql.support.Columns;
import dev.portside.adapters.sql.support.Keyset;
import dev.portside.adapters.sql.support.RevisionedWrites;
import dev.portside.domain.circles.CircleId;
import dev.portside.domain.circles.Comment;
import dev.portside.domain.circles.Story;
import dev.portside.domain.circles.StoryId;
import dev.portside.domain.circles.StoryRepository;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Stories in {@code circles_stories} (with circle, status and time sort key columns for the feed and the moderation
 * queue) and comments in {@code circles_comments}, whose foreign key makes a comment on a missing story impossible.
 */
public final class PostgresStoryRepository implements StoryRepository {

    private static final Columns COLUMNS = Columns.key("tenant", "id")
            .and("circle_id", "status", "sort_key", "revision", "doc::jsonb");
    private static final String ASSIGNMENTS = COLUMNS.assignments("status", "revision", "doc");
    private static final RevisionedWrites STORIES = RevisionedWrites.on("story", "circles_stories", COLUMNS)
            .goneIsNotFound();

    private final CirclesDb db;

    public PostgresStoryRepository(CirclesDb db) {
        this.db = db;
    }

    private static <S extends SqlStatement<S>> S bind(S statement, Story s) {
        return statement.bind("tenant", s.tenant().value()).bind("id", s.id().value())
                .bind("circle_id", s.circle().map(CircleId::value).getOrNull()).bind("status", s.status().name())
                .bind("sort_key", SortKeys.story(s)).bind("revision", s.revision().value())
                .bind("doc", CirclesDb.json(Documents.story(s)));
    }

    private static Optional<Story> stored(Handle h, TenantId tenant, String id, boolean lock) {
        return h.createQuery("SELECT doc::text AS doc FROM circles_stories WHERE " + COLUMNS.where() + (lock ? " FOR UPDATE" : ""))
                .bind("tenant", tenant.value()).bind("id", id).map(CirclesDb.rows(tenant, Documents::story)).findOne();
    }

    @Override
    public Either<Problem, Story> create(Story story) {
        Story s = story.withRevision(Revision.INITIAL);
        return db.guard.handle("create story", h -> STORIES.insert(h, s.id().value(), q -> bind(q, s)).map(r -> s));
    }

    @Override
    public Either<Problem, Story> save(Story story) {
        Story next = story.withRevision(story.revision().next());
        return db.guard.transaction("save story", h -> STORIES.update(h, story.id().value(), ASSIGNMENTS,
                story.revision(), q -> bind(q, next)).map(r -> next));
    }

    @Override
    public Either<Problem, Story> addCounts(TenantId tenant, StoryId id, long helpfulVotes, long comments, Instant at) {
        return db.guard.transaction("add story counts", h -> {
            Optional<Story> current = stored(h, tenant, id.value(), true);
            if (current.isEmpty()) {
                return Either.left(new Problem.NotFound("story", id.value()));
            }
            Story next = current.get().withCounts(helpfulVotes, comments, at)
                    .withRevision(current.get().revision().next());
            return STORIES.update(h, id.value(), ASSIGNMENTS, current.get().revision(), q -> bind(q, next))
                    .map(r -> next);
        });
    }

    @Override
    public Either<Problem, Option<Story>> get(TenantId tenant, StoryId id) {
        return db.guard.read("get story", h -> Option.ofOptional(stored(h, tenant, id.value(), false)));
    }

    /** Locks the story row (no comment can be added meanwhile), deletes its comments, then the story itself. */
    @Override
    public Either<Problem, StoryId> delete(TenantId tenant, StoryId id, Revision expected) {
        return db.rerunnable.transaction("delete story", h -> {
            stored(h, tenant, id.value(), true);
            h.createUpdate("DELETE FROM circles_comments WHERE tenant = :tenant AND story_id = :id")
                    .bind("tenant", tenant.value()).bind("id", id.value()).execute();
            return STORIES.delete(h, id.value(), expected, q -> q.bind("tenant", tenant.value()).bind("id", id.value()))
                    .map(r -> id);
        });
    }

    @Override
    public Either<Problem, Page<Story>> feed(TenantId tenant, CircleId circle, PageRequest page) {
        return db.pager.page(tenant, "circles.feed|" + circle, page, "SELECT doc::text AS doc FROM circles_stories "
                        + "WHERE tenant = :tenant AND circle_id = :circle AND status = 'PUBLISHED'",
                q -> q.bind("circle", circle.value()), Keyset.descending(Keyset.Key.text("sort_key", SortKeys::story)),
                CirclesDb.rows(tenant, Documents::story));
    }

    @Override
    public Either<Problem, Page<Story>> moderationQueue(TenantId tenant, PageRequest page) {
        return db.pager.page(tenant, "circles.moderation", page, "SELECT doc::text AS doc FROM circles_stories "
                        + "WHERE tenant = :tenant AND status = 'FLAGGED'", q -> q,
                Keyset.ascending(Keyset.Key.text("sort_key", SortKeys::story)),
                CirclesDb.rows(tenant, Documents::story));
    }

    @Override
    public Either<Problem, Comment> addComment(Comment comment) {
        TenantId tenant = comment.tenant();
        return db.guard.transaction("add comment", h -> {
            if (stored(h, tenant, comment.story().value(), false).isEmpty()) {
                return Either.left(new Problem.NotFound("story", comment.story().value()));
            }
            int rows = h.createUpdate("INSERT INTO circles_comments (tenant, story_id, id, sort_key, doc) VALUES "
                            + "(:tenant, :story, :id, :sortKey, cast(:doc as jsonb)) ON CONFLICT DO NOTHING")
                    .bind("tenant", tenant.value()).bind("story", comment.story().value())
                    .bind("id", comment.id().value()).bind("sortKey", SortKeys.comment(comment))
                    .bind("doc", CirclesDb.json(Documents.comment(comment))).execute();
            return rows == 1 ? Either.right(comment)
                    : Either.left(new Problem.AlreadyExists("comment", comment.story() + "/" + comment.id()));
        });
    }

    @Override
    public Either<Problem, Page<Comment>> comments(TenantId tenant, StoryId story, PageRequest page) {
        return db.pager.page(tenant, "circles.comments|" + story, page, "SELECT doc::text AS doc FROM circles_comments "
                        + "WHERE tenant = :tenant AND story_id = :story", q -> q.bind("story", story.value()),
                Keyset.ascending(Keyset.Key.text("sort_key", SortKeys::comment)),
                CirclesDb.rows(tenant, Documents::comment));
    }
}
