package dev.portside.adapters.sql.circles;

import dev.portside.adapters.common.circles.Documents;
import dev.portside.domain.circles.Circle;
import dev.portside.domain.circles.CircleChange;
import dev.portside.domain.circles.CircleId;
import dev.portside.domain.circles.CircleRepository;
import dev.portside.domain.circles.CircleType;
import dev.portside.domain.circles.Membership;
import dev.portside.domain.circles.MembershipStatus;
import dev.portside.domain.circles.MembershipWrite;
import dev.portside.domain.circles.Role;
import dev.portside.domain.circles.UserId;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Circles in {@code circles_circles} and memberships in {@code circles_memberships}. A change runs in one transaction:
 * the circle row {@code WHERE revision = ?}, then each membership insert / update / delete conditional on its own
 * revision; any refusal rolls everything back. A partial unique index keeps a single OWNER per circle.
 */
public final class PostgresCircleRepository implements CircleRepository {

    private final CirclesDb db;

    public PostgresCircleRepository(CirclesDb db) {
        this.db = db;
    }

    private static boolean insertCircle(Handle h, TenantId tenant, Circle c) {
        return h.createUpdate("insert into circles_circles (tenant, id, type, status, revision, doc) values "
                        + "(:t, :id, :type, :status, :rev, cast(:doc as jsonb)) on conflict do nothing")
                .bind("t", tenant.value()).bind("id", c.id().value()).bind("type", c.type().name())
                .bind("status", c.status().name()).bind("rev", c.revision().value())
                .bind("doc", CirclesDb.json(Documents.circle(c))).execute() == 1;
    }

    private static boolean insertMembership(Handle h, TenantId tenant, Membership m) {
        return h.createUpdate("insert into circles_memberships (tenant, circle_id, member_id, role, status, revision, "
                        + "doc) values (:t, :c, :m, :role, :status, :rev, cast(:doc as jsonb)) on conflict do nothing")
                .bind("t", tenant.value()).bind("c", m.circle().value()).bind("m", m.member().value())
                .bind("role", m.role().name()).bind("status", m.status().name()).bind("rev", m.revision().value())
                .bind("doc", CirclesDb.json(Documents.membership(m))).execute() == 1;
    }

    @Override
    public Either<Problem, Circle> create(Circle circle, Membership owner) {
        TenantId tenant = circle.tenant();
        Circle stored = circle.withRevision(Revision.INITIAL);
        return db.guard(() -> db.jdbi.inTransaction(h -> {
            if (!insertCircle(h, tenant, stored)) {
                return Either.left(new Problem.AlreadyExists("circle", circle.id().value()));
            }
            insertMembership(h, tenant, owner.withRevision(Revision.INITIAL));
            return Either.right(stored);
        }));
    }

    @Override
    public Either<Problem, CircleChange> apply(CircleChange change) {
        TenantId tenant = change.circle().tenant();
        Circle circle = change.circle();
        Circle next = circle.withRevision(circle.revision().next());
        return db.guard(() -> db.jdbi.inTransaction(h -> {
            int updated = h.createUpdate("update circles_circles set type = :type, status = :status, revision = :next, "
                            + "doc = cast(:doc as jsonb) where tenant = :t and id = :id and revision = :rev")
                    .bind("t", tenant.value()).bind("id", circle.id().value()).bind("type", circle.type().name())
                    .bind("status", circle.status().name()).bind("next", next.revision().value())
                    .bind("rev", circle.revision().value()).bind("doc", CirclesDb.json(Documents.circle(next)))
                    .execute();
            if (updated != 1) {
                return Either.left(storedCircle(h, tenant, circle.id())
                        .<Problem>map(c -> new Problem.Conflict("circle", circle.id().value(), circle.revision(),
                                c.revision()))
                        .orElseGet(() -> new Problem.NotFound("circle", circle.id().value())));
            }
            List<MembershipWrite> done = new ArrayList<>();
            for (MembershipWrite w : change.writes()) {
                done.add(write(h, tenant, w));
            }
            return Either.right(new CircleChange(next, done));
        }));
    }

    private MembershipWrite write(Handle h, TenantId tenant, MembershipWrite w) {
        Membership m = w.membership();
        String id = m.circle() + "/" + m.member();
        if (w instanceof MembershipWrite.Create) {
            Membership created = m.withRevision(Revision.INITIAL);
            if (!insertMembership(h, tenant, created)) {
                throw new CirclesDb.Refused(new Problem.AlreadyExists("membership", id));
            }
            return new MembershipWrite.Create(created);
        }
        Membership updated = m.withRevision(m.revision().next());
        int rows = w instanceof MembershipWrite.Update
                ? h.createUpdate("update circles_memberships set role = :role, status = :status, revision = :next, "
                        + "doc = cast(:doc as jsonb) where tenant = :t and circle_id = :c and member_id = :m "
                        + "and revision = :rev")
                .bind("role", m.role().name()).bind("status", m.status().name())
                .bind("next", updated.revision().value()).bind("doc", CirclesDb.json(Documents.membership(updated)))
                .bind("t", tenant.value()).bind("c", m.circle().value()).bind("m", m.member().value())
                .bind("rev", m.revision().value()).execute()
                : h.createUpdate("delete from circles_memberships where tenant = :t and circle_id = :c "
                        + "and member_id = :m and revision = :rev")
                .bind("t", tenant.value()).bind("c", m.circle().value()).bind("m", m.member().value())
                .bind("rev", m.revision().value()).execute();
        if (rows != 1) {
            Revision actual = storedMembership(h, tenant, m.circle(), m.member()).map(Membership::revision)
                    .orElse(null);
            throw new CirclesDb.Refused(new Problem.Conflict("membership", id, m.revision(), actual));
        }
        return w instanceof MembershipWrite.Update ? new MembershipWrite.Update(updated) : w;
    }

    private static Optional<Circle> storedCircle(Handle h, TenantId tenant, CircleId id) {
        return h.createQuery("select doc::text from circles_circles where tenant = :t and id = :id")
                .bind("t", tenant.value()).bind("id", id.value()).mapTo(String.class).findOne()
                .map(json -> Documents.circle(tenant, CirclesDb.doc(json)));
    }

    private static Optional<Membership> storedMembership(Handle h, TenantId tenant, CircleId circle, UserId member) {
        return h.createQuery("select doc::text from circles_memberships where tenant = :t and circle_id = :c "
                        + "and member_id = :m")
                .bind("t", tenant.value()).bind("c", circle.value()).bind("m", member.value()).mapTo(String.class)
                .findOne().map(json -> Documents.membership(tenant, CirclesDb.doc(json)));
    }

    @Override
    public Either<Problem, Option<Circle>> get(TenantId tenant, CircleId id) {
        return db.guard(() -> Either.right(Option.ofOptional(db.jdbi.withHandle(h -> storedCircle(h, tenant, id)))));
    }

    @Override
    public Either<Problem, Option<Membership>> membership(TenantId tenant, CircleId circle, UserId member) {
        return db.guard(() -> Either.right(Option.ofOptional(db.jdbi.withHandle(h -> storedMembership(h, tenant, circle,
                member)))));
    }

    @Override
    public Either<Problem, Page<Membership>> members(TenantId tenant, CircleId circle, Option<Role> role,
                                                     Option<MembershipStatus> status, PageRequest page) {
        String fingerprint = "circles.members|" + circle + "|" + role.getOrNull() + "|" + status.getOrNull();
        return Keyset.after(db, page, tenant, fingerprint).flatMap(after -> db.guard(() -> {
            List<Membership> rows = db.jdbi.withHandle(h -> h.createQuery("select doc::text from circles_memberships "
                            + "where tenant = :t and circle_id = :c and (cast(:after as text) is null or member_id > :after) "
                            + "and (cast(:role as text) is null or role = :role) "
                            + "and (cast(:status as text) is null or status = :status) order by member_id limit :n")
                    .bind("t", tenant.value()).bind("c", circle.value()).bind("after", after)
                    .bind("role", role.map(Enum::name).getOrNull()).bind("status", status.map(Enum::name).getOrNull())
                    .bind("n", page.limit() + 1).mapTo(String.class).list()).stream()
                    .map(json -> Documents.membership(tenant, CirclesDb.doc(json))).toList();
            return Either.right(Keyset.page(db, rows, m -> m.member().value(), page, tenant, fingerprint));
        }));
    }

    @Override
    public Either<Problem, Page<Membership>> circlesOf(TenantId tenant, UserId member, PageRequest page) {
        String fingerprint = "circles.of|" + member;
        return Keyset.after(db, page, tenant, fingerprint).flatMap(after -> db.guard(() -> {
            List<Membership> rows = db.jdbi.withHandle(h -> h.createQuery("select doc::text from circles_memberships "
                            + "where tenant = :t and member_id = :m and (cast(:after as text) is null or circle_id > :after) "
                            + "order by circle_id limit :n")
                    .bind("t", tenant.value()).bind("m", member.value()).bind("after", after)
                    .bind("n", page.limit() + 1).mapTo(String.class).list()).stream()
                    .map(json -> Documents.membership(tenant, CirclesDb.doc(json))).toList();
            return Either.right(Keyset.page(db, rows, m -> m.circle().value(), page, tenant, fingerprint));
        }));
    }

    @Override
    public Either<Problem, Page<Circle>> byType(TenantId tenant, CircleType type, boolean includeArchived,
                                                PageRequest page) {
        String fingerprint = "circles.byType|" + type + "|" + includeArchived;
        return Keyset.after(db, page, tenant, fingerprint).flatMap(after -> db.guard(() -> {
            List<Circle> rows = db.jdbi.withHandle(h -> h.createQuery("select doc::text from circles_circles "
                            + "where tenant = :t and type = :type and (cast(:after as text) is null or id > :after) "
                            + "and (:all or status = 'ACTIVE') order by id limit :n")
                    .bind("t", tenant.value()).bind("type", type.name()).bind("after", after)
                    .bind("all", includeArchived).bind("n", page.limit() + 1).mapTo(String.class).list()).stream()
                    .map(json -> Documents.circle(tenant, CirclesDb.doc(json))).toList();
            return Either.right(Keyset.page(db, rows, c -> c.id().value(), page, tenant, fingerprint));
        }));
    }
}
