package dev.portside.adapters.inmemory.circles;

import dev.portside.domain.circles.Circle;
import dev.portside.domain.circles.CircleChange;
import dev.portside.domain.circles.CircleId;
import dev.portside.domain.circles.CircleRepository;
import dev.portside.domain.circles.CircleStatus;
import dev.portside.domain.circles.CircleType;
import dev.portside.domain.circles.Membership;
import dev.portside.domain.circles.MembershipStatus;
import dev.portside.domain.circles.MembershipWrite;
import dev.portside.domain.circles.Role;
import dev.portside.domain.circles.UserId;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reference {@link CircleRepository}: circles and memberships per tenant, every change checked and applied
 * under one lock (all-or-nothing, revision-conditional), holding immutable records only.
 */
public final class InMemoryCircleRepository implements CircleRepository {

    private final Map<TenantId, TreeMap<String, Circle>> circles = new HashMap<>();
    private final Map<TenantId, TreeMap<String, Membership>> memberships = new HashMap<>();
    private final CursorCodec codec;

    public InMemoryCircleRepository(CursorCodec codec) {
        this.codec = codec;
    }

    private static String key(CircleId circle, UserId member) {
        return circle.value() + "\u0000" + member.value();
    }

    private TreeMap<String, Circle> circles(TenantId tenant) {
        return circles.computeIfAbsent(tenant, t -> new TreeMap<>());
    }

    private TreeMap<String, Membership> memberships(TenantId tenant) {
        return memberships.computeIfAbsent(tenant, t -> new TreeMap<>());
    }

    @Override
    public synchronized Either<Problem, Circle> create(Circle circle, Membership owner) {
        TenantId tenant = circle.tenant();
        if (circles(tenant).containsKey(circle.id().value())) {
            return Either.left(new Problem.AlreadyExists("circle", circle.id().value()));
        }
        Circle stored = circle.withRevision(Revision.INITIAL);
        circles(tenant).put(stored.id().value(), stored);
        memberships(tenant).put(key(owner.circle(), owner.member()), owner.withRevision(Revision.INITIAL));
        return Either.right(stored);
    }

    @Override
    public synchronized Either<Problem, CircleChange> apply(CircleChange change) {
        TenantId tenant = change.circle().tenant();
        Circle current = circles(tenant).get(change.circle().id().value());
        if (current == null) {
            return Either.left(new Problem.NotFound("circle", change.circle().id().value()));
        }
        if (!current.revision().equals(change.circle().revision())) {
            return Either.left(new Problem.Conflict("circle", current.id().value(), change.circle().revision(),
                    current.revision()));
        }
        for (MembershipWrite w : change.writes()) {
            Membership m = w.membership();
            Membership stored = memberships(tenant).get(key(m.circle(), m.member()));
            String id = m.circle() + "/" + m.member();
            if (w instanceof MembershipWrite.Create) {
                if (stored != null) {
                    return Either.left(new Problem.AlreadyExists("membership", id));
                }
            } else if (stored == null || !stored.revision().equals(m.revision())) {
                return Either.left(new Problem.Conflict("membership", id, m.revision(),
                        stored == null ? null : stored.revision()));
            }
        }
        Circle circle = change.circle().withRevision(current.revision().next());
        circles(tenant).put(circle.id().value(), circle);
        List<MembershipWrite> done = new ArrayList<>();
        for (MembershipWrite w : change.writes()) {
            Membership m = w.membership();
            String k = key(m.circle(), m.member());
            if (w instanceof MembershipWrite.Create) {
                Membership created = m.withRevision(Revision.INITIAL);
                memberships(tenant).put(k, created);
                done.add(new MembershipWrite.Create(created));
            } else if (w instanceof MembershipWrite.Update) {
                Membership updated = m.withRevision(m.revision().next());
                memberships(tenant).put(k, updated);
                done.add(new MembershipWrite.Update(updated));
            } else {
                memberships(tenant).remove(k);
                done.add(w);
            }
        }
        return Either.right(new CircleChange(circle, done));
    }

    @Override
    public synchronized Either<Problem, Option<Circle>> get(TenantId tenant, CircleId id) {
        return Either.right(Option.of(circles(tenant).get(id.value())));
    }

    @Override
    public synchronized Either<Problem, Option<Membership>> membership(TenantId tenant, CircleId circle,
                                                                       UserId member) {
        return Either.right(Option.of(memberships(tenant).get(key(circle, member))));
    }

    @Override
    public synchronized Either<Problem, Page<Membership>> members(TenantId tenant, CircleId circle, Option<Role> role,
                                                                  Option<MembershipStatus> status, PageRequest page) {
        List<Membership> list = memberships(tenant).values().stream()
                .filter(m -> m.circle().equals(circle))
                .filter(m -> role.forAll(r -> r == m.role()) && status.forAll(s -> s == m.status()))
                .toList();
        return Pager.page(list, m -> m.member().value(), false, page, codec, tenant,
                "circles.members|" + circle + "|" + role.getOrNull() + "|" + status.getOrNull());
    }

    @Override
    public synchronized Either<Problem, Page<Membership>> circlesOf(TenantId tenant, UserId member, PageRequest page) {
        List<Membership> list = memberships(tenant).values().stream()
                .filter(m -> m.member().equals(member))
                .sorted(java.util.Comparator.comparing(m -> m.circle().value()))
                .toList();
        return Pager.page(list, m -> m.circle().value(), false, page, codec, tenant, "circles.of|" + member);
    }

    @Override
    public synchronized Either<Problem, Page<Circle>> byType(TenantId tenant, CircleType type, boolean includeArchived,
                                                             PageRequest page) {
        List<Circle> list = circles(tenant).values().stream()
                .filter(c -> c.type() == type && (includeArchived || c.status() == CircleStatus.ACTIVE))
                .toList();
        return Pager.page(list, c -> c.id().value(), false, page, codec, tenant,
                "circles.byType|" + type + "|" + includeArchived);
    }
}
