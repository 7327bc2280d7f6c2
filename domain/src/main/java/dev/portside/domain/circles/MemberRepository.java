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

    Either<Problem, Option<Member>> byEmail(TenantId tenant, Email email);

    /** The members that exist among {@code ids}, in the order of {@code ids}, missing ones left out. */
    Either<Problem, List<Member>> getAll(TenantId tenant, List<UserId> ids);

    Either<Problem, Page<Member>> search(TenantId tenant, MemberSearch search, PageRequest page);

    /** Creates each member like {@link #create}, in bulk; refused ones are reported, the rest are written. */
    Either<Problem, BatchOutcome> createAll(TenantId tenant, List<Member> members);
}
