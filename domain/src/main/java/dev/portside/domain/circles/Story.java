package dev.portside.domain.circles;

import dev.portside.domain.kernel.UserId;

import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.TenantOwned;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;

/**
 * A story a member shares, optionally in a circle (only its ACTIVE members post there). PUBLISHED stories appear in
 * feeds newest first; FLAGGED ones wait in the tenant's moderation queue; only a MODERATOR+ flags or removes.
 */
public record Story(TenantId tenant, StoryId id, UserId author, Option<CircleId> circle, String title, String body,
                    List<String> tags, StoryStatus status, long helpfulVotes, long comments, Instant createdAt,
                    Instant updatedAt, Revision revision) implements TenantOwned {

    public Story {
        tags = List.copyOf(tags);
        circle = circle == null ? Option.none() : circle;
    }

    public Story withStatus(StoryStatus s, Instant now) {
        return new Story(tenant, id, author, circle, title, body, tags, s, helpfulVotes, comments, createdAt, now,
                revision);
    }

    public Story withCounts(long votesDelta, long commentsDelta, Instant now) {
        return new Story(tenant, id, author, circle, title, body, tags, status, helpfulVotes + votesDelta,
                comments + commentsDelta, createdAt, now, revision);
    }

    public Story withRevision(Revision r) {
        return new Story(tenant, id, author, circle, title, body, tags, status, helpfulVotes, comments, createdAt,
                updatedAt, r);
    }
}
