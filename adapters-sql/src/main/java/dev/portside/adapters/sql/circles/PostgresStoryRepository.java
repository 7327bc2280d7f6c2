package dev.portside.adapters.sql.circles;

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
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Stories in {@code circles_stories} (with circle, status and time sort key columns for the feed and the moderation
 * queue) and comments in {@code circles_comments}, whose foreign key makes a comment on a missing story impossible.
 */
public final class PostgresStoryRepository implements StoryRepository {

    private final CirclesDb db;

    public PostgresStoryRepository(CirclesDb db) {
        this.db = db;
    }

    private static Optional<Story> stored(Handle h, TenantId tenant, String id, boolean lock) {
        return h.createQuery("select doc::text from circles_stories where tenant = :t and id = :id"
                        + (lock ? " for update" : ""))
                .bind("t", tenant.value()).bind("id", id).mapTo(String.class).findOne()
                .map(json -> Documents.story(tenant, CirclesDb.doc(json)));
    }

    @Override
    public Either<Problem, Story> create(Story story) {
        TenantId tenant = story.tenant();
        Story s = story.withRevision(Revision.INITIAL);
        return db.guard(() -> db.jdbi.withHandle(h -> h.createUpdate("insert into circles_stories (tenant, id, "
                        + "circle_id, status, sort_key, revision, doc) values (:t, :id, :c, :status, :sk, 1, "
                        + "cast(:doc as jsonb)) on conflict do nothing")
                .bind("t", tenant.value()).bind("id", s.id().value()).bind("c", s.circle().map(CircleId::value)
                        .getOrNull()).bind("status", s.status().name()).bind("sk", SortKeys.story(s))
                .bind("doc", CirclesDb.json(Documents.story(s))).execute() == 1
                ? Either.right(s) : Either.left(new Problem.AlreadyExists("story", story.id().value()))));
    }

    @Override
    public Either<Problem, Story> save(Story story) {
        TenantId tenant = story.tenant();
        Story next = story.withRevision(story.revision().next());
        return db.guard(() -> db.jdbi.inTransaction(h -> {
            int rows = write(h, tenant, next, story.revision());
            return rows == 1 ? Either.right(next) : Either.left(stored(h, tenant, story.id().value(), false)
                    .<Problem>map(s -> new Problem.Conflict("story", story.id().value(), story.revision(),
                            s.revision()))
                    .orElseGet(() -> new Problem.NotFound("story", story.id().value())));
        }));
    }

    private static int write(Handle h, TenantId tenant, Story next, Revision expected) {
        return h.createUpdate("update circles_stories set status = :status, revision = :next, "
                        + "doc = cast(:doc as jsonb) where tenant = :t and id = :id and revision = :rev")
                .bind("t", tenant.value()).bind("id", next.id().value()).bind("status", next.status().name())
                .bind("next", next.revision().value()).bind("rev", expected.value())
                .bind("doc", CirclesDb.json(Documents.story(next))).execute();
    }

    @Override
    public Either<Problem, Story> addCounts(TenantId tenant, StoryId id, long helpfulVotes, long comments, Instant at) {
        return db.guard(() -> db.jdbi.inTransaction(h -> {
            Optional<Story> current = stored(h, tenant, id.value(), true);
            if (current.isEmpty()) {
                return Either.left(new Problem.NotFound("story", id.value()));
            }
            Story next = current.get().withCounts(helpfulVotes, comments, at)
                    .withRevision(current.get().revision().next());
            write(h, tenant, next, current.get().revision());
            return Either.right(next);
        }));
    }

    @Override
    public Either<Problem, Option<Story>> get(TenantId tenant, StoryId id) {
        return db.guard(() -> Either.right(Option.ofOptional(db.jdbi.withHandle(h -> stored(h, tenant, id.value(),
                false)))));
    }

    @Override
    public Either<Problem, Page<Story>> feed(TenantId tenant, CircleId circle, PageRequest page) {
        String fingerprint = "circles.feed|" + circle;
        return Keyset.after(db, page, tenant, fingerprint).flatMap(after -> db.guard(() -> {
            List<Story> rows = db.jdbi.withHandle(h -> h.createQuery("select doc::text from circles_stories "
                            + "where tenant = :t and circle_id = :c and status = 'PUBLISHED' "
                            + "and (cast(:after as text) is null or sort_key < :after) order by sort_key desc limit :n")
                    .bind("t", tenant.value()).bind("c", circle.value()).bind("after", after)
                    .bind("n", page.limit() + 1).mapTo(String.class).list()).stream()
                    .map(json -> Documents.story(tenant, CirclesDb.doc(json))).toList();
            return Either.right(Keyset.page(db, rows, SortKeys::story, page, tenant, fingerprint));
        }));
    }

    @Override
    public Either<Problem, Page<Story>> moderationQueue(TenantId tenant, PageRequest page) {
        String fingerprint = "circles.moderation";
        return Keyset.after(db, page, tenant, fingerprint).flatMap(after -> db.guard(() -> {
            List<Story> rows = db.jdbi.withHandle(h -> h.createQuery("select doc::text from circles_stories "
                            + "where tenant = :t and status = 'FLAGGED' "
                            + "and (cast(:after as text) is null or sort_key > :after) order by sort_key limit :n")
                    .bind("t", tenant.value()).bind("after", after).bind("n", page.limit() + 1)
                    .mapTo(String.class).list()).stream()
                    .map(json -> Documents.story(tenant, CirclesDb.doc(json))).toList();
            return Either.right(Keyset.page(db, rows, SortKeys::story, page, tenant, fingerprint));
        }));
    }

    @Override
    public Either<Problem, Comment> addComment(Comment comment) {
        TenantId tenant = comment.tenant();
        return db.guard(() -> db.jdbi.inTransaction(h -> {
            if (stored(h, tenant, comment.story().value(), false).isEmpty()) {
                return Either.left(new Problem.NotFound("story", comment.story().value()));
            }
            int rows = h.createUpdate("insert into circles_comments (tenant, story_id, id, sort_key, doc) values "
                            + "(:t, :s, :id, :sk, cast(:doc as jsonb)) on conflict do nothing")
                    .bind("t", tenant.value()).bind("s", comment.story().value()).bind("id", comment.id().value())
                    .bind("sk", SortKeys.comment(comment)).bind("doc", CirclesDb.json(Documents.comment(comment)))
                    .execute();
            return rows == 1 ? Either.right(comment)
                    : Either.left(new Problem.AlreadyExists("comment", comment.story() + "/" + comment.id()));
        }));
    }

    @Override
    public Either<Problem, Page<Comment>> comments(TenantId tenant, StoryId story, PageRequest page) {
        String fingerprint = "circles.comments|" + story;
        return Keyset.after(db, page, tenant, fingerprint).flatMap(after -> db.guard(() -> {
            List<Comment> rows = db.jdbi.withHandle(h -> h.createQuery("select doc::text from circles_comments "
                            + "where tenant = :t and story_id = :s "
                            + "and (cast(:after as text) is null or sort_key > :after) order by sort_key limit :n")
                    .bind("t", tenant.value()).bind("s", story.value()).bind("after", after)
                    .bind("n", page.limit() + 1).mapTo(String.class).list()).stream()
                    .map(json -> Documents.comment(tenant, CirclesDb.doc(json))).toList();
            return Either.right(Keyset.page(db, rows, SortKeys::comment, page, tenant, fingerprint));
        }));
    }
}
