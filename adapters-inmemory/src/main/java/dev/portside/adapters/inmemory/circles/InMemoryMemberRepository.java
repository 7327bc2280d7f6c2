package dev.portside.adapters.inmemory.circles;

import dev.portside.adapters.inmemory.support.Pager;
import dev.portside.adapters.inmemory.support.RevisionedWrites;
import dev.portside.domain.circles.BatchOutcome;
import dev.portside.domain.circles.CircleChange;
import dev.portside.domain.circles.Email;
import dev.portside.domain.circles.Member;
import dev.portside.domain.circles.MemberRepository;
import dev.portside.domain.circles.MemberSearch;
import dev.portside.domain.circles.MemberStats;
import dev.portside.domain.kernel.UserId;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference {@link MemberRepository}: members per tenant plus an email → id claim table, both changed under
 * one lock so a claim and its member are written together; a deleted member leaves its circles under the circles'
 * lock too (taken after this one, never before). Holds immutable records only.
 */
public final class InMemoryMemberRepository implements MemberRepository {

    private final RevisionedWrites<Member> members =
            RevisionedWrites.of("member", Member::tenant, m -> m.id().value(), Member::revision, Member::withRevision);
    private final Map<TenantId, Map<String, String>> emails = new HashMap<>();
    private final Pager pager;
    private final InMemoryCircleRepository circles;

    /** @param circles the circles a deleted member leaves, in the same atomic step as the member goes */
    public InMemoryMemberRepository(CursorCodec codec, InMemoryCircleRepository circles) {
        this.pager = new Pager(codec);
        this.circles = circles;
    }

    private Map<String, String> claims(TenantId tenant) {
        return emails.computeIfAbsent(tenant, t -> new HashMap<>());
    }

    @Override
    public synchronized Either<Problem, Member> create(Member member) {
        return members.checkCreate(member)
                .flatMap(free -> claims(member.tenant()).containsKey(member.email().value())
                        ? Either.<Problem, Member>left(new Problem.AlreadyExists("member email", member.email().value()))
                        : members.create(member))
                .peek(stored -> claims(stored.tenant()).put(stored.email().value(), stored.id().value()));
    }

    @Override
    public synchronized Either<Problem, Member> save(Member member) {
        return members.checkRevision(member).flatMap(current -> {
            String owner = claims(member.tenant()).get(member.email().value());
            if (owner != null && !owner.equals(member.id().value())) {
                return Either.left(new Problem.AlreadyExists("member email", member.email().value()));
            }
            claims(member.tenant()).remove(current.email().value());
            return members.save(member)
                    .peek(stored -> claims(stored.tenant()).put(stored.email().value(), stored.id().value()));
        });
    }

    @Override
    public synchronized Either<Problem, Member> addStats(TenantId tenant, UserId id, MemberStats delta, Instant at) {
        return members.update(tenant, id.value(), current -> current.withStats(delta, at));
    }

    @Override
    public synchronized Either<Problem, Option<Member>> get(TenantId tenant, UserId id) {
        return Either.right(members.get(tenant, id.value()));
    }

    @Override
    public synchronized Either<Problem, UserId> delete(Member member, List<CircleChange> leaving) {
        return members.checkRevision(member)
                .flatMap(stored -> circles.applyAll(leaving).map(left -> stored))
                .flatMap(stored -> members.delete(stored))
                .map(gone -> {
                    claims(gone.tenant()).remove(gone.email().value());
                    return gone.id();
                });
    }

    @Override
    public synchronized Either<Problem, Option<Member>> byEmail(TenantId tenant, Email email) {
        return Either.right(Option.of(claims(tenant).get(email.value())).flatMap(id -> members.get(tenant, id)));
    }

    @Override
    public synchronized Either<Problem, List<Member>> getAll(TenantId tenant, List<UserId> ids) {
        return Either.right(ids.stream().distinct().flatMap(id -> members.get(tenant, id.value()).toJavaStream())
                .toList());
    }

    @Override
    public synchronized Either<Problem, Page<Member>> search(TenantId tenant, MemberSearch search, PageRequest page) {
        List<Member> matching = members.all(tenant).stream().filter(search::matches).toList();
        return pager.page(tenant, "circles.members.search|" + search.fingerprint(), matching, m -> m.id().value(),
                Pager.Order.ASCENDING, page);
    }

    @Override
    public synchronized Either<Problem, BatchOutcome> createAll(TenantId tenant, List<Member> batch) {
        return Either.right(members.createAll(tenant, batch, this::create));
    }
}
