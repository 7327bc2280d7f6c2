package dev.portside.adapters.inmemory.circles;

import dev.portside.domain.circles.BatchOutcome;
import dev.portside.domain.circles.Email;
import dev.portside.domain.circles.Member;
import dev.portside.domain.circles.MemberRepository;
import dev.portside.domain.circles.MemberSearch;
import dev.portside.domain.circles.MemberStats;
import dev.portside.domain.circles.UserId;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reference {@link MemberRepository}: members per tenant plus an email → id claim table, both changed under
 * one lock so a claim and its member are written together. Holds immutable records only.
 */
public final class InMemoryMemberRepository implements MemberRepository {

    private final Map<TenantId, TreeMap<String, Member>> members = new HashMap<>();
    private final Map<TenantId, Map<String, String>> emails = new HashMap<>();
    private final CursorCodec codec;

    public InMemoryMemberRepository(CursorCodec codec) {
        this.codec = codec;
    }

    @Override
    public synchronized Either<Problem, Member> create(Member member) {
        TenantId tenant = member.tenant();
        TreeMap<String, Member> table = members.computeIfAbsent(tenant, t -> new TreeMap<>());
        Map<String, String> claims = emails.computeIfAbsent(tenant, t -> new HashMap<>());
        if (table.containsKey(member.id().value())) {
            return Either.left(new Problem.AlreadyExists("member", member.id().value()));
        }
        if (claims.containsKey(member.email().value())) {
            return Either.left(new Problem.AlreadyExists("member email", member.email().value()));
        }
        Member stored = member.withRevision(Revision.INITIAL);
        table.put(stored.id().value(), stored);
        claims.put(stored.email().value(), stored.id().value());
        return Either.right(stored);
    }

    @Override
    public synchronized Either<Problem, Member> save(Member member) {
        TenantId tenant = member.tenant();
        Member current = members.getOrDefault(tenant, new TreeMap<>()).get(member.id().value());
        if (current == null) {
            return Either.left(new Problem.NotFound("member", member.id().value()));
        }
        if (!current.revision().equals(member.revision())) {
            return Either.left(new Problem.Conflict("member", member.id().value(), member.revision(),
                    current.revision()));
        }
        Map<String, String> claims = emails.computeIfAbsent(tenant, t -> new HashMap<>());
        String owner = claims.get(member.email().value());
        if (owner != null && !owner.equals(member.id().value())) {
            return Either.left(new Problem.AlreadyExists("member email", member.email().value()));
        }
        Member stored = member.withRevision(member.revision().next());
        claims.remove(current.email().value());
        claims.put(stored.email().value(), stored.id().value());
        members.get(tenant).put(stored.id().value(), stored);
        return Either.right(stored);
    }

    @Override
    public synchronized Either<Problem, Member> addStats(TenantId tenant, UserId id, MemberStats delta, Instant at) {
        Member current = members.getOrDefault(tenant, new TreeMap<>()).get(id.value());
        if (current == null) {
            return Either.left(new Problem.NotFound("member", id.value()));
        }
        Member stored = current.withStats(delta, at).withRevision(current.revision().next());
        members.get(tenant).put(id.value(), stored);
        return Either.right(stored);
    }

    @Override
    public synchronized Either<Problem, Option<Member>> get(TenantId tenant, UserId id) {
        return Either.right(Option.of(members.getOrDefault(tenant, new TreeMap<>()).get(id.value())));
    }

    @Override
    public synchronized Either<Problem, Option<Member>> byEmail(TenantId tenant, Email email) {
        String id = emails.getOrDefault(tenant, Map.of()).get(email.value());
        return Either.right(Option.of(id).map(i -> members.get(tenant).get(i)));
    }

    @Override
    public synchronized Either<Problem, List<Member>> getAll(TenantId tenant, List<UserId> ids) {
        Map<String, Member> table = members.getOrDefault(tenant, new TreeMap<>());
        return Either.right(ids.stream().distinct().map(id -> table.get(id.value()))
                .filter(java.util.Objects::nonNull).toList());
    }

    @Override
    public synchronized Either<Problem, Page<Member>> search(TenantId tenant, MemberSearch search, PageRequest page) {
        List<Member> matching = members.getOrDefault(tenant, new TreeMap<>()).values().stream()
                .filter(search::matches).toList();
        return Pager.page(matching, m -> m.id().value(), false, page, codec, tenant,
                "circles.members.search|" + search.fingerprint());
    }

    @Override
    public synchronized Either<Problem, BatchOutcome> createAll(TenantId tenant, List<Member> batch) {
        List<String> written = new ArrayList<>();
        Map<String, Problem> refused = new HashMap<>();
        for (Member m : batch) {
            (m.tenant().equals(tenant) ? create(m) : Either.<Problem, Member>left(Problem.Invalid.of("member tenant", m.tenant().value(), "must be the tenant of the batch"))).fold(p -> refused.put(m.id().value(), p), ok -> written.add(m.id().value()));
        }
        return Either.right(new BatchOutcome(written, refused));
    }
}
