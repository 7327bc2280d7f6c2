package dev.portside.adapters.sql.circles;

import dev.portside.adapters.common.circles.Documents;
import dev.portside.adapters.sql.support.Columns;
import dev.portside.adapters.sql.support.Guard;
import dev.portside.adapters.sql.support.Keyset;
import dev.portside.adapters.sql.support.RevisionedWrites;
import dev.portside.domain.circles.Circle;
import dev.portside.domain.circles.CircleChange;
import dev.portside.domain.circles.CircleId;
import dev.portside.domain.circles.CircleRepository;
import dev.portside.domain.circles.CircleType;
import dev.portside.domain.circles.Membership;
import dev.portside.domain.circles.MembershipStatus;
import dev.portside.domain.circles.MembershipWrite;
import dev.portside.domain.circles.Role;
import dev.portside.domain.kernel.UserId;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Circles in {@code circles_circles} and memberships in {@code circles_memberships}. A change runs in one transaction:
 * the circle row {@code WHERE revision = ?}, then each membership insert / update / delete conditional on its own
 * revision; any refusal rolls everything back. A partial unique index keeps a single OWNER per circle.
 */
public final class PostgresCircleRepository implements CircleRepository {

    private static final Columns MEMBERSHIP = Columns.key("tenant", "circle_id", "member_id")
            .and("role", "status", "revision", "doc::jsonb");
    private static final RevisionedWrites CIRCLES = RevisionedWrites.on("circle", "circles_circles",
            Columns.key("tenant", "id").and("type", "status", "revision", "doc::jsonb")).goneIsNotFound();
    private static final RevisionedWrites MEMBERSHIPS = RevisionedWrites.on("membership", "circles_memberships",
            MEMBERSHIP);

    private final CirclesDb db;

    public PostgresCircleRepository(CirclesDb db) {
        this.db = db;
    }

    private static <S extends SqlStatement<S>> S bind(S statement, Circle c) {
        return statement.bind("tenant", c.tenant().value()).bind("id", c.id().value()).bind("type", c.type().name())
                .bind("status", c.status().name()).bind("revision", c.revision().value())
                .bind("doc", CirclesDb.json(Documents.circle(c)));
    }

    private static <S extends SqlStatement<S>> S bind(S statement, TenantId tenant, Membership m) {
        return statement.bind("tenant", tenant.value()).bind("circle_id", m.circle().value())
                .bind("member_id", m.member().value()).bind("role", m.role().name()).bind("status", m.status().name())
                .bind("revision", m.revision().value()).bind("doc", CirclesDb.json(Documents.membership(m)));
    }

    private static Either<Problem, Revision> insert(Handle h, TenantId tenant, Membership m) {
        return MEMBERSHIPS.insert(h, m.circle() + "/" + m.member(), q -> bind(q, tenant, m));
    }

    @Override
    public Either<Problem, Circle> create(Circle circle, Membership owner) {
        TenantId tenant = circle.tenant();
        Circle stored = circle.withRevision(Revision.INITIAL);
        return db.rerunnable.transaction("create circle", h -> CIRCLES.insert(h, circle.id().value(), q -> bind(q, stored))
                .flatMap(r -> insert(h, tenant, owner.withRevision(Revision.INITIAL)))
                .map(r -> stored));
    }

    @Override
    public Either<Problem, CircleChange> apply(CircleChange change) {
        return db.rerunnable.transaction("apply circle change", h -> apply(h, change));
    }

    /** Writes the change inside the caller's transaction; a refusal rolls the whole transaction back. */
    static Either<Problem, CircleChange> apply(Handle h, CircleChange change) {
        TenantId tenant = change.circle().tenant();
        Circle circle = change.circle();
        Circle next = circle.withRevision(circle.revision().next());
        return CIRCLES.update(h, circle.id().value(), circle.revision(), q -> bind(q, next)).map(r -> {
            List<MembershipWrite> done = new ArrayList<>();
            for (MembershipWrite w : change.writes()) {
                done.add(write(h, tenant, w).getOrElseThrow(Guard.Refused::new));
            }
            return new CircleChange(next, done);
        });
    }

    /** Locks the circle row (no membership can join meanwhile), deletes its memberships, then the circle itself. */
    @Override
    public Either<Problem, CircleId> delete(TenantId tenant, CircleId id, Revision expected) {
        return db.rerunnable.transaction("delete circle", h -> {
            h.createQuery("SELECT 1 FROM circles_circles WHERE tenant = :tenant AND id = :id FOR UPDATE")
                    .bind("tenant", tenant.value()).bind("id", id.value()).mapTo(Integer.class).findOne();
            h.createUpdate("DELETE FROM circles_memberships WHERE tenant = :tenant AND circle_id = :id")
                    .bind("tenant", tenant.value()).bind("id", id.value()).execute();
            return CIRCLES.delete(h, id.value(), expected, q -> q.bind("tenant", tenant.value()).bind("id", id.value()))
                    .map(r -> id);
        });
    }

    private static Either<Problem, MembershipWrite> write(Handle h, TenantId tenant, MembershipWrite w) {
        Membership m = w.membership();
        String id = m.circle() + "/" + m.member();
        if (w instanceof MembershipWrite.Create) {
            Membership created = m.withRevision(Revision.INITIAL);
            return insert(h, tenant, created).map(r -> new MembershipWrite.Create(created));
        }
        if (w instanceof MembershipWrite.Update) {
            Membership updated = m.withRevision(m.revision().next());
            return MEMBERSHIPS.update(h, id, m.revision(), q -> bind(q, tenant, updated))
                    .map(r -> new MembershipWrite.Update(updated));
        }
        return MEMBERSHIPS.delete(h, id, m.revision(), q -> q.bind("tenant", tenant.value())
                .bind("circle_id", m.circle().value()).bind("member_id", m.member().value())).map(r -> w);
    }

    @Override
    public Either<Problem, Option<Circle>> get(TenantId tenant, CircleId id) {
        return db.guard.read("get circle", h -> Option.ofOptional(h.createQuery(
                        "SELECT doc::text AS doc FROM circles_circles WHERE tenant = :tenant AND id = :id")
                .bind("tenant", tenant.value()).bind("id", id.value()).map(CirclesDb.rows(tenant, Documents::circle))
                .findOne()));
    }

    @Override
    public Either<Problem, Option<Membership>> membership(TenantId tenant, CircleId circle, UserId member) {
        return db.guard.read("get membership", h -> Option.ofOptional(h.createQuery(
                        "SELECT doc::text AS doc FROM circles_memberships WHERE " + MEMBERSHIP.where())
                .bind("tenant", tenant.value()).bind("circle_id", circle.value()).bind("member_id", member.value())
                .map(CirclesDb.rows(tenant, Documents::membership)).findOne()));
    }

    @Override
    public Either<Problem, Page<Membership>> members(TenantId tenant, CircleId circle, Option<Role> role,
                                                     Option<MembershipStatus> status, PageRequest page) {
        return db.pager.page(tenant, "circles.members|" + circle + "|" + role.getOrNull() + "|" + status.getOrNull(),
                page, "SELECT doc::text AS doc FROM circles_memberships WHERE tenant = :tenant AND circle_id = :circle "
                        + "AND (cast(:role AS text) IS NULL OR role = :role) "
                        + "AND (cast(:status AS text) IS NULL OR status = :status)",
                q -> q.bind("circle", circle.value()).bind("role", role.map(Enum::name).getOrNull())
                        .bind("status", status.map(Enum::name).getOrNull()),
                Keyset.ascending(Keyset.Key.text("member_id", m -> m.member().value())),
                CirclesDb.rows(tenant, Documents::membership));
    }

    @Override
    public Either<Problem, Page<Membership>> circlesOf(TenantId tenant, UserId member, Option<MembershipStatus> status,
                                                       PageRequest page) {
        return db.pager.page(tenant, "circles.of|" + member + "|" + status.getOrNull(), page,
                "SELECT doc::text AS doc FROM circles_memberships WHERE tenant = :tenant AND member_id = :member "
                        + "AND (cast(:status AS text) IS NULL OR status = :status)",
                q -> q.bind("member", member.value()).bind("status", status.map(Enum::name).getOrNull()),
                Keyset.ascending(Keyset.Key.text("circle_id", m -> m.circle().value())),
                CirclesDb.rows(tenant, Documents::membership));
    }

    @Override
    public Either<Problem, Page<Circle>> byType(TenantId tenant, CircleType type, boolean includeArchived,
                                                PageRequest page) {
        return db.pager.page(tenant, "circles.byType|" + type + "|" + includeArchived, page,
                "SELECT doc::text AS doc FROM circles_circles WHERE tenant = :tenant AND type = :type "
                        + "AND (:all OR status = 'ACTIVE')",
                q -> q.bind("type", type.name()).bind("all", includeArchived),
                Keyset.ascending(Keyset.Key.text("id", c -> c.id().value())),
                CirclesDb.rows(tenant, Documents::circle));
    }
}
