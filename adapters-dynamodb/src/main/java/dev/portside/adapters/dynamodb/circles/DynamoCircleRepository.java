package dev.portside.adapters.dynamodb.circles;

import dev.portside.adapters.common.circles.Documents;
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
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Circles ({@code CIRCLE#cid|METADATA}) and memberships, stored twice — {@code CIRCLE#cid|MEMBER#uid} for a circle's
 * members and {@code USER#uid|CIRCLE#cid} for a member's circles. Every change is one TransactWriteItems: the circle
 * conditional on its revision plus both copies of each membership, conditional on theirs. GSI1 lists circles by
 * type, GSI3 by status, GSI4 all of a tenant's circles.
 */
public final class DynamoCircleRepository implements CircleRepository {

    private final CirclesTable table;

    public DynamoCircleRepository(CirclesTable table) {
        this.table = table;
    }

    private Map<String, AttributeValue> item(TenantId tenant, Circle c) {
        String id = c.id().value();
        Map<String, AttributeValue> item = Items.item(Documents.circle(c), "CIRCLE", Keys.circle(tenant, id),
                Keys.METADATA);
        item.put("GSI1PK", Items.s(Keys.t(tenant) + "CIRCLETYPE#" + c.type().name()));
        item.put("GSI1SK", Items.s(id));
        item.put("GSI3PK", Items.s(Keys.t(tenant) + "CIRCLESTATUS#" + c.status().name()));
        item.put("GSI3SK", Items.s(id));
        item.put("GSI4PK", Items.s(Keys.t(tenant) + "CIRCLE"));
        item.put("GSI4SK", Items.s(id));
        return item;
    }

    private static Map<String, AttributeValue> memberKey(TenantId tenant, CircleId circle, UserId member) {
        return Items.key(Keys.circle(tenant, circle.value()), "MEMBER#" + member.value());
    }

    private static Map<String, AttributeValue> mirrorKey(TenantId tenant, CircleId circle, UserId member) {
        return Items.key(Keys.user(tenant, member.value()), "CIRCLE#" + circle.value());
    }

    private static Map<String, AttributeValue> membership(TenantId tenant, Membership m) {
        return Items.item(Documents.membership(m), "MEMBERSHIP", Keys.circle(tenant, m.circle().value()),
                "MEMBER#" + m.member().value());
    }

    private static Map<String, AttributeValue> mirror(TenantId tenant, Membership m) {
        return Items.item(Documents.membership(m), "MEMBER_CIRCLE", Keys.user(tenant, m.member().value()),
                "CIRCLE#" + m.circle().value());
    }

    @Override
    public Either<Problem, Circle> create(Circle circle, Membership owner) {
        TenantId tenant = circle.tenant();
        Circle stored = circle.withRevision(Revision.INITIAL);
        Membership ownership = owner.withRevision(Revision.INITIAL);
        return table.guard(() -> table.transact(List.of(Writes.putNew(table.name, item(tenant, stored)),
                Writes.putNew(table.name, membership(tenant, ownership)),
                Writes.putAny(table.name, mirror(tenant, ownership)))).done()
                ? Either.right(stored) : Either.left(new Problem.AlreadyExists("circle", circle.id().value())));
    }

    @Override
    public Either<Problem, CircleChange> apply(CircleChange change) {
        TenantId tenant = change.circle().tenant();
        Circle circle = change.circle();
        Circle next = circle.withRevision(circle.revision().next());
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(Writes.putIfRevision(table.name, item(tenant, next), circle.revision().value()));
        List<MembershipWrite> done = new ArrayList<>();
        for (MembershipWrite w : change.writes()) {
            Membership m = w.membership();
            if (w instanceof MembershipWrite.Create) {
                Membership created = m.withRevision(Revision.INITIAL);
                items.add(Writes.putNew(table.name, membership(tenant, created)));
                items.add(Writes.putAny(table.name, mirror(tenant, created)));
                done.add(new MembershipWrite.Create(created));
            } else if (w instanceof MembershipWrite.Update) {
                Membership updated = m.withRevision(m.revision().next());
                items.add(Writes.putIfRevision(table.name, membership(tenant, updated), m.revision().value()));
                items.add(Writes.putAny(table.name, mirror(tenant, updated)));
                done.add(new MembershipWrite.Update(updated));
            } else {
                items.add(Writes.deleteIfRevision(table.name, memberKey(tenant, m.circle(), m.member()),
                        m.revision().value()));
                items.add(TransactWriteItem.builder().delete(d -> d.tableName(table.name)
                        .key(mirrorKey(tenant, m.circle(), m.member()))).build());
                done.add(w);
            }
        }
        return table.guard(() -> {
            CirclesTable.TxResult r = table.transact(items);
            if (r.done()) {
                return Either.right(new CircleChange(next, done));
            }
            if (r.failedIndex() == 0) {
                Optional<Map<String, AttributeValue>> now = table.get(Items.key(Keys.circle(tenant,
                        circle.id().value()), Keys.METADATA));
                return Either.left(now.isEmpty() ? new Problem.NotFound("circle", circle.id().value())
                        : new Problem.Conflict("circle", circle.id().value(), circle.revision(),
                        new Revision(CirclesTable.revisionOf(now.get()))));
            }
            MembershipWrite failed = change.writes().get((r.failedIndex() - 1) / 2);
            Membership m = failed.membership();
            String id = m.circle() + "/" + m.member();
            if (failed instanceof MembershipWrite.Create) {
                return Either.left(new Problem.AlreadyExists("membership", id));
            }
            Optional<Map<String, AttributeValue>> now = table.get(memberKey(tenant, m.circle(), m.member()));
            return Either.left(new Problem.Conflict("membership", id, m.revision(),
                    now.map(i -> new Revision(CirclesTable.revisionOf(i))).orElse(null)));
        });
    }

    @Override
    public Either<Problem, Option<Circle>> get(TenantId tenant, CircleId id) {
        return table.guard(() -> Either.right(Option.ofOptional(table.get(Items.key(Keys.circle(tenant, id.value()),
                Keys.METADATA))).map(i -> Documents.circle(tenant, Items.doc(i)))));
    }

    @Override
    public Either<Problem, Option<Membership>> membership(TenantId tenant, CircleId circle, UserId member) {
        return table.guard(() -> Either.right(Option.ofOptional(table.get(memberKey(tenant, circle, member)))
                .map(i -> Documents.membership(tenant, Items.doc(i)))));
    }

    @Override
    public Either<Problem, Page<Membership>> members(TenantId tenant, CircleId circle, Option<Role> role,
                                                     Option<MembershipStatus> status, PageRequest page) {
        return PagedQuery.table(Keys.circle(tenant, circle.value()), "MEMBER#").run(table, tenant,
                "circles.members|" + circle + "|" + role.getOrNull() + "|" + status.getOrNull(), page,
                item -> role.forAll(r -> r.name().equals(item.get("role").s()))
                        && status.forAll(s -> s.name().equals(item.get("status").s())),
                item -> Documents.membership(tenant, Items.doc(item)));
    }

    @Override
    public Either<Problem, Page<Membership>> circlesOf(TenantId tenant, UserId member, PageRequest page) {
        return PagedQuery.table(Keys.user(tenant, member.value()), "CIRCLE#").run(table, tenant,
                "circles.of|" + member, page, item -> true, item -> Documents.membership(tenant, Items.doc(item)));
    }

    @Override
    public Either<Problem, Page<Circle>> byType(TenantId tenant, CircleType type, boolean includeArchived,
                                                PageRequest page) {
        return PagedQuery.index(1, Keys.t(tenant) + "CIRCLETYPE#" + type.name(), true).run(table, tenant,
                "circles.byType|" + type + "|" + includeArchived, page,
                item -> includeArchived || CircleStatus.ACTIVE.name().equals(item.get("status").s()),
                item -> Documents.circle(tenant, Items.doc(item)));
    }
}
