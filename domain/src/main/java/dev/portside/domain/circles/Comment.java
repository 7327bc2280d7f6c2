package dev.portside.domain.circles;

import dev.portside.domain.kernel.UserId;

import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.TenantOwned;
import java.time.Instant;

/** An immutable comment on a story, listed oldest first under its story. */
public record Comment(TenantId tenant, StoryId story, CommentId id, UserId author, String body, Instant createdAt) implements TenantOwned {
}
