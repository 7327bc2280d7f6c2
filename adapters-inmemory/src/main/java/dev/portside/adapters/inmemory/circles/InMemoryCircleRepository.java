package dev.portside.adapters.inmemory.circles;

import dev.portside.adapters.inmemory.support.Pager;
import dev.portside.adapters.inmemory.support.RevisionedWrites;
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
import dev.portside.domain.kernel.UserId;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference {@link CircleRepository}: circles and memberships per tenant, every change checked and applied
 * under one lock (all-or-nothing, revision-conditional), holding immutable records only.
 */
public final class InMemoryCircleRepository implements CircleRepository {

    private final RevisionedWrites<Circle> circles =
            RevisionedWrites.of("circle", Circle::tenant, c -> c.id().value(), Circle::revision, Circle::withRevision);
    private final RevisionedWrites<Membership> memberships = RevisionedWrites.of("membership", Membership::tenant,
                    m -> key(m.circle(), m.member()), Membership::revision, Membership::withRevision)
            .whenAbsent(RevisionedWrites.Absent.CONFLICT);
    private final Pager pager;

    public InMemoryCircleRepository(CursorCodec codec) {
        this.pager = new Pager(codec);
    }

    private static String key(CircleId circle, UserId member) {
        return circle.value() + "/" + member.value();
    }

    @Override
    public synchronized Either<Problem, Circle> create(Circle circle, Membership owner) {
        return circles.create(circle).peek(created -> memberships.overwrite(owner.withRevision(Revision.INITIAL)));
    }

    @Override
    public synchronized Either<Problem, CircleChange> apply(CircleChange change) {
        return check(change).map(ok -> write(change));
    }

    /** Applies every change or, when any is refused, none: the first refusal. */
    synchronized Either<Problem, List<CircleChange>> applyAll(List<CircleChange> changes) {
        Either<Problem, ?> checked = Either.right(true);
        for (CircleChange change : changes) {
            checked = checked.flatMap(ok -> check(change));
        }
        return checked.map(ok -> changes.stream().map(this::write).toList());
    }

    private Either<Problem, ?> check(CircleChange change) {
        Either<Problem, ?> checked = circles.checkRevision(change.circle());
        for (MembershipWrite w : change.writes()) {
            checked = checked.flatMap(ok -> w instanceof MembershipWrite.Create
                    ? memberships.checkCreate(w.membership()) : memberships.checkRevision(w.membership()));
        }
        return checked;
    }

    private CircleChange write(CircleChange change) {
        Circle circle = circles.save(change.circle()).get();
        List<MembershipWrite> done = new ArrayList<>();
        for (MembershipWrite w : change.writes()) {
            if (w instanceof MembershipWrite.Create) {
                done.add(new MembershipWrite.Create(memberships.create(w.membership()).get()));
            } else if (w instanceof MembershipWrite.Update) {
                done.add(new MembershipWrite.Update(memberships.save(w.membership()).get()));
            } else {
                memberships.delete(w.membership());
                done.add(w);
            }
        }
        return new CircleChange(circle, done);
    }

    @Override
    public synchronized Either<Problem, CircleId> delete(TenantId tenant, CircleId id, Revision expected) {
        return circles.delete(tenant, id.value(), expected).map(gone -> {
            memberships.all(tenant).stream().filter(m -> m.circle().equals(id)).forEach(memberships::delete);
            return id;
        });
    }

    @Override
    public synchronized Either<Problem, Option<Circle>> get(TenantId tenant, CircleId id) {
        return Either.right(circles.get(tenant, id.value()));
    }

    @Override
    public synchronized Either<Problem, Option<Membership>> membership(TenantId tenant, CircleId circle,
                                                                       UserId member) {
        return Either.right(memberships.get(tenant, key(circle, member)));
    }

    @Override
    public synchronized Either<Problem, Page<Membership>> members(TenantId tenant, CircleId circle, Option<Role> role,
                                                                  Option<MembershipStatus> status, PageRequest page) {
        List<Membership> list = memberships.all(tenant).stream()
                .filter(m -> m.circle().equals(circle))
                .filter(m -> role.forAll(r -> r == m.role()) && status.forAll(s -> s == m.status()))
                .toList();
        return pager.page(tenant, "circles.members|" + circle + "|" + role.getOrNull() + "|" + status.getOrNull(),
                list, m -> m.member().value(), Pager.Order.ASCENDING, page);
    }

    @Override
    public synchronized Either<Problem, Page<Membership>> circlesOf(TenantId tenant, UserId member,
                                                                    Option<MembershipStatus> status, PageRequest page) {
        List<Membership> list = memberships.all(tenant).stream()
                .filter(m -> m.member().equals(member) && status.forAll(s -> s == m.status())).toList();
        return pager.page(tenant, "circles.of|" + member + "|" + status.getOrNull(), list, m -> m.circle().value(), Pager.Order.ASCENDING, page);
    }

    @Override
    public synchronized Either<Problem, Page<Circle>> byType(TenantId tenant, CircleType type, boolean includeArchived,
                                                             PageRequest page) {
        List<Circle> list = circles.all(tenant).stream()
                .filter(c -> c.type() == type && (includeArchived || c.status() == CircleStatus.ACTIVE))
                .toList();
        return pager.page(tenant, "circles.byType|" + type + "|" + includeArchived, list, c -> c.id().value(),
                Pager.Order.ASCENDING, page);
    }
}
