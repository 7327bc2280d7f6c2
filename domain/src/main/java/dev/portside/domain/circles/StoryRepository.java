package dev.portside.domain.circles;

import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Stories and their comments. {@code create}/{@code save} follow the revision rules; the feed lists a circle's
 * PUBLISHED stories newest first (then by id, descending); the moderation queue lists the tenant's FLAGGED stories
 * oldest first; comments list oldest first.
 */
public interface StoryRepository {

    Either<Problem, Story> create(Story story);

    Either<Problem, Story> save(Story story);

    /** Adds helpful votes and comments to the story's counters atomically, bumping the revision; NotFound when missing. */
    Either<Problem, Story> addCounts(TenantId tenant, StoryId id, long helpfulVotes, long comments, Instant at);

    Either<Problem, Option<Story>> get(TenantId tenant, StoryId id);

    /**
     * Deletes the story with all its comments if its stored revision is {@code expected} (Conflict when another,
     * NotFound when gone): no comment outlives its story, even when the delete stops halfway (running it again
     * finishes it); a retry after a lost reply answers as the first attempt did.
     */
    Either<Problem, StoryId> delete(TenantId tenant, StoryId id, Revision expected);

    Either<Problem, Page<Story>> feed(TenantId tenant, CircleId circle, PageRequest page);

    Either<Problem, Page<Story>> moderationQueue(TenantId tenant, PageRequest page);

    /** Refuses a comment id already used on that story with AlreadyExists. */
    Either<Problem, Comment> addComment(Comment comment);

    Either<Problem, Page<Comment>> comments(TenantId tenant, StoryId story, PageRequest page);
}
