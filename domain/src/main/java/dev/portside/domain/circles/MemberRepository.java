package dev.portside.domain.circles;

import dev.portside.domain.kernel.UserId;

import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;

/**
 * Members of a tenant. {@code create} claims the (lower-cased) email together with the member and refuses a taken
 * id or email with AlreadyExists; {@code save} is conditional on the revision and, when the email changes, releases
 * the old claim and takes the new one in the same atomic step.
 */
public interface MemberRepository {

    Either<Problem, Member> create(Member member);

    Either<Problem, Member> save(Member member);

    /**
     * Adds {@code delta} to the member's counters atomically (no read-modify-write window, so concurrent increments
     * are never lost), sets last-active and updated-at to {@code at} and bumps the revision; NotFound when missing.
     */
    Either<Problem, Member> addStats(TenantId tenant, UserId id, MemberStats delta, Instant at);

    Either<Problem, Option<Member>> get(TenantId tenant, UserId id);

    /**
     * Deletes the member if its stored revision is the member's (Conflict when another, NotFound when gone), releases
     * its email claim and applies {@code leaving} — the member's memberships deleted, each circle's counts following
     * — all in one atomic step. Where one step cannot hold it all, the circles are left first, each atomically and
     * only while the member's revision is unchanged, and the member goes last: a delete that stops halfway leaves a
     * member with fewer circles, never a membership without its member; running it again finishes it.
     */
    Either<Problem, UserId> delete(Member member, List<CircleChange> leaving);

    Either<Problem, Option<Member>> byEmail(TenantId tenant, Email email);

    /** The members that exist among {@code ids}, in the order of {@code ids}, missing ones left out. */
    Either<Problem, List<Member>> getAll(TenantId tenant, List<UserId> ids);

    Either<Problem, Page<Member>> search(TenantId tenant, MemberSearch search, PageRequest page);

    /** Creates each member like {@link #create}, in bulk; refused ones are reported, the rest are written. */
    Either<Problem, BatchOutcome> createAll(TenantId tenant, List<Member> members);
}
