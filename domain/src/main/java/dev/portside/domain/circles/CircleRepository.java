package dev.portside.domain.circles;

import dev.portside.domain.kernel.UserId;

import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Circles with their memberships. A circle is created together with its owner's membership, and every later
 * membership change goes through {@link #apply}: all-or-nothing, conditional on the circle's revision and on each
 * membership's, so member counts and the single OWNER can never drift. Listings are ordered by id.
 */
public interface CircleRepository {

    Either<Problem, Circle> create(Circle circle, Membership owner);

    /** Writes the change atomically; returns it with the new revisions (deleted memberships keep theirs). */
    Either<Problem, CircleChange> apply(CircleChange change);

    Either<Problem, Option<Circle>> get(TenantId tenant, CircleId id);

    /**
     * Deletes the circle with all its memberships (both sides) if its stored revision is {@code expected} (Conflict
     * when another, NotFound when gone): no membership outlives its circle, even when the delete stops halfway
     * (running it again finishes it); a retry after a lost reply answers as the first attempt did.
     */
    Either<Problem, CircleId> delete(TenantId tenant, CircleId id, Revision expected);

    Either<Problem, Option<Membership>> membership(TenantId tenant, CircleId circle, UserId member);

    /** A circle's memberships, optionally only one role and/or status, ordered by member id. */
    Either<Problem, Page<Membership>> members(TenantId tenant, CircleId circle, Option<Role> role,
                                              Option<MembershipStatus> status, PageRequest page);

    /** A member's memberships in every circle, optionally only those of one status, ordered by circle id. */
    Either<Problem, Page<Membership>> circlesOf(TenantId tenant, UserId member, Option<MembershipStatus> status,
                                                PageRequest page);

    /** Circles of one type, ACTIVE ones only unless {@code includeArchived}, ordered by id. */
    Either<Problem, Page<Circle>> byType(TenantId tenant, CircleType type, boolean includeArchived, PageRequest page);
}
