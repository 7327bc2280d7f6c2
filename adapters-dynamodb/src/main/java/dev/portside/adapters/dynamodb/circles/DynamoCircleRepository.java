package dev.portside.adapters.dynamodb.circles;

import static dev.portside.adapters.dynamodb.support.Attributes.s;

import dev.portside.adapters.common.circles.Documents;
import dev.portside.adapters.dynamodb.support.RevisionedWrites;
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
        Map<String, AttributeValue> item = DocItems.item(Documents.circle(c), "CIRCLE", Keys.circle(tenant, id),
                Keys.METADATA);
        item.put("GSI1PK", s(Keys.t(tenant) + "CIRCLETYPE#" + c.type().name()));
        item.put("GSI1SK", s(id));
        item.put("GSI3PK", s(Keys.t(tenant) + "CIRCLESTATUS#" + c.status().name()));
        item.put("GSI3SK", s(id));
        item.put("GSI4PK", s(Keys.t(tenant) + "CIRCLE"));
        item.put("GSI4SK", s(id));
        return item;
    }

    private static Map<String, AttributeValue> memberKey(TenantId tenant, CircleId circle, UserId member) {
        return Keys.key(Keys.circle(tenant, circle.value()), "MEMBER#" + member.value());
    }

    private static Map<String, AttributeValue> mirrorKey(TenantId tenant, CircleId circle, UserId member) {
        return Keys.key(Keys.user(tenant, member.value()), "CIRCLE#" + circle.value());
    }

    private static Map<String, AttributeValue> membership(TenantId tenant, Membership m) {
        return DocItems.item(Documents.membership(m), "MEMBERSHIP", Keys.circle(tenant, m.circle().value()),
                "MEMBER#" + m.member().value());
    }

    private static Map<String, AttributeValue> mirror(TenantId tenant, Membership m) {
        return DocItems.item(Documents.membership(m), "MEMBER_CIRCLE", Keys.user(tenant, m.member().value()),
                "CIRCLE#" + m.circle().value());
    }

    @Override
    public Either<Problem, Circle> create(Circle circle, Membership owner) {
        TenantId tenant = circle.tenant();
        Circle stored = circle.withRevision(Revision.INITIAL);
        Membership ownership = owner.withRevision(Revision.INITIAL);
        return table.writes.transact(List.of(table.writes.putNew(item(tenant, stored)),
                        table.writes.putNew(membership(tenant, ownership)), table.writes.put(mirror(tenant, ownership))))
                .flatMap(refused -> refused.isEmpty() ? Either.right(stored)
                        : Either.left(new Problem.AlreadyExists("circle", circle.id().value())));
    }

    @Override
    public Either<Problem, CircleChange> apply(CircleChange change) {
        Written written = items(change);
        return table.writes.transact(written.items()).flatMap(refused -> refused.isEmpty()
                ? Either.right(written.change()) : Either.left(refusal(change, refused.get())));
    }

    /** The transaction items of a change (the circle first, then two per membership write) and the change written. */
    record Written(List<TransactWriteItem> items, CircleChange change) {
    }

    Written items(CircleChange change) {
        TenantId tenant = change.circle().tenant();
        Circle circle = change.circle();
        Circle next = circle.withRevision(circle.revision().next());
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(table.writes.putIfRevision(item(tenant, next), circle.revision()));
        List<MembershipWrite> done = new ArrayList<>();
        for (MembershipWrite w : change.writes()) {
            Membership m = w.membership();
            if (w instanceof MembershipWrite.Create) {
                Membership created = m.withRevision(Revision.INITIAL);
                items.add(table.writes.putNew(membership(tenant, created)));
                items.add(table.writes.put(mirror(tenant, created)));
                done.add(new MembershipWrite.Create(created));
            } else if (w instanceof MembershipWrite.Update) {
                Membership updated = m.withRevision(m.revision().next());
                items.add(table.writes.putIfRevision(membership(tenant, updated), m.revision()));
                items.add(table.writes.put(mirror(tenant, updated)));
                done.add(new MembershipWrite.Update(updated));
            } else {
                items.add(table.writes.deleteIfRevision(memberKey(tenant, m.circle(), m.member()), m.revision()));
                items.add(table.writes.delete(mirrorKey(tenant, m.circle(), m.member())));
                done.add(w);
            }
        }
        return new Written(items, new CircleChange(next, done));
    }

    /** What refused a change, given the refusal's index among the change's {@link #items}. */
    Problem refusal(CircleChange change, RevisionedWrites.Refusal refusal) {
        Circle circle = change.circle();
        if (refusal.index() == 0) {
            return table.writes.stale("circle", circle.id().value(), circle.revision(), refusal.stood());
        }
        MembershipWrite failed = change.writes().get((refusal.index() - 1) / 2);
        Membership m = failed.membership();
        String id = m.circle() + "/" + m.member();
        if (failed instanceof MembershipWrite.Create) {
            return new Problem.AlreadyExists("membership", id);
        }
        return new Problem.Conflict("membership", id, m.revision(),
                refusal.stood().map(table.writes::revisionOf).getOrNull());
    }

    /**
     * The circle and both copies of each membership, in one transaction when they fit; a larger circle loses its
     * memberships first, whole pairs at a time, each transaction checking the circle's revision, and the circle goes
     * last: a delete that stops halfway leaves the circle, never a membership without it.
     */
    @Override
    public Either<Problem, CircleId> delete(TenantId tenant, CircleId id, Revision expected) {
        Map<String, AttributeValue> key = Keys.key(Keys.circle(tenant, id.value()), Keys.METADATA);
        return table.keys(Keys.circle(tenant, id.value()), "MEMBER#").flatMap(members -> table.writes.transactGuarded(
                key, expected, List.of(table.writes.deleteIfRevision(key, expected)), members.stream()
                        .map(m -> {
                            UserId member = new UserId(m.get(Keys.SK).s().substring("MEMBER#".length()));
                            return List.of(table.writes.delete(mirrorKey(tenant, id, member)),
                                    table.writes.delete(memberKey(tenant, id, member)));
                        }).toList()))
                .flatMap(refused -> refused.isEmpty() ? Either.right(id)
                        : Either.left(table.writes.stale("circle", id.value(), expected, refused.get().stood())));
    }

    @Override
    public Either<Problem, Option<Circle>> get(TenantId tenant, CircleId id) {
        return table.writes.read(Keys.key(Keys.circle(tenant, id.value()), Keys.METADATA),
                i -> Documents.circle(tenant, DocItems.doc(i)));
    }

    @Override
    public Either<Problem, Option<Membership>> membership(TenantId tenant, CircleId circle, UserId member) {
        return table.writes.read(memberKey(tenant, circle, member), i -> Documents.membership(tenant, DocItems.doc(i)));
    }

    @Override
    public Either<Problem, Page<Membership>> members(TenantId tenant, CircleId circle, Option<Role> role,
                                                     Option<MembershipStatus> status, PageRequest page) {
        return table.partition(Keys.circle(tenant, circle.value()), "MEMBER#", tenant,
                "circles.members|" + circle + "|" + role.getOrNull() + "|" + status.getOrNull(), page,
                item -> role.forAll(r -> r.name().equals(item.get("role").s()))
                        && status.forAll(s -> s.name().equals(item.get("status").s())),
                item -> Documents.membership(tenant, DocItems.doc(item)));
    }

    @Override
    public Either<Problem, Page<Membership>> circlesOf(TenantId tenant, UserId member, Option<MembershipStatus> status,
                                                       PageRequest page) {
        return table.partition(Keys.user(tenant, member.value()), "CIRCLE#", tenant,
                "circles.of|" + member + "|" + status.getOrNull(), page,
                item -> status.forAll(s -> s.name().equals(item.get("status").s())), item -> Documents.membership(tenant, DocItems.doc(item)));
    }

    @Override
    public Either<Problem, Page<Circle>> byType(TenantId tenant, CircleType type, boolean includeArchived,
                                                PageRequest page) {
        return table.index(1, Keys.t(tenant) + "CIRCLETYPE#" + type.name(), true, tenant,
                "circles.byType|" + type + "|" + includeArchived, page,
                item -> includeArchived || CircleStatus.ACTIVE.name().equals(item.get("status").s()),
                item -> Documents.circle(tenant, DocItems.doc(item)));
    }
}
