package dev.portside.adapters.dynamodb.circles;

import static dev.portside.adapters.dynamodb.support.Attributes.s;

import dev.portside.adapters.common.circles.Documents;
import dev.portside.adapters.dynamodb.support.Guard;
import dev.portside.adapters.dynamodb.support.RevisionedWrites;
import dev.portside.domain.circles.BatchOutcome;
import dev.portside.domain.circles.CircleChange;
import dev.portside.domain.circles.Email;
import dev.portside.domain.circles.Member;
import dev.portside.domain.circles.MemberRepository;
import dev.portside.domain.circles.MemberSearch;
import dev.portside.domain.circles.MemberStats;
import dev.portside.domain.kernel.UserId;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Members in the single table ({@code USER#id|PROFILE}) with an {@code EMAIL#email|CLAIM} item per email: creating a
 * member and claiming its email, or moving a claim on an email change, is one TransactWriteItems. GSI1 finds a
 * profile by email, GSI3 lists members by diagnosis stage, GSI4 lists a tenant's members; bulk creates run 50 members
 * (100 items) per transaction.
 */
public final class DynamoMemberRepository implements MemberRepository {

    private static final int MEMBERS_PER_TRANSACTION = RevisionedWrites.MAX_TRANSACTION_ITEMS / 2;

    private final CirclesTable table;
    private final DynamoCircleRepository circles;

    public DynamoMemberRepository(CirclesTable table) {
        this.table = table;
        this.circles = new DynamoCircleRepository(table);
    }

    private Map<String, AttributeValue> item(TenantId tenant, Member m) {
        Map<String, AttributeValue> item = DocItems.item(Documents.member(m), "MEMBER", Keys.user(tenant, m.id().value()),
                Keys.PROFILE);
        item.put("GSI1PK", s(Keys.email(tenant, m.email().value())));
        item.put("GSI1SK", s("USER#" + m.id().value()));
        item.put("GSI3PK", s(Keys.t(tenant) + "STAGE#" + m.profile().diagnosisStage().name()));
        item.put("GSI3SK", s(m.id().value()));
        item.put("GSI4PK", s(Keys.t(tenant) + "MEMBER"));
        item.put("GSI4SK", s(m.id().value()));
        return item;
    }

    private Map<String, AttributeValue> claim(TenantId tenant, Member m) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.key(Keys.email(tenant, m.email().value()), Keys.CLAIM));
        item.put(Keys.TYPE, s("EMAIL_CLAIM"));
        item.put("ownerId", s(m.id().value()));
        return item;
    }

    private Map<String, AttributeValue> memberKey(TenantId tenant, String id) {
        return Keys.key(Keys.user(tenant, id), Keys.PROFILE);
    }

    @Override
    public Either<Problem, Member> create(Member member) {
        TenantId tenant = member.tenant();
        Member stored = member.withRevision(Revision.INITIAL);
        return table.writes.transact(List.of(table.writes.putNew(item(tenant, stored)),
                        table.writes.putNew(claim(tenant, stored))))
                .flatMap(refused -> refused.isEmpty() ? Either.right(stored) : Either.left(refused.get().index() == 0
                        ? new Problem.AlreadyExists("member", member.id().value())
                        : new Problem.AlreadyExists("member email", member.email().value())));
    }

    /** Reads the stored member for its email (a changed email moves the claim), then writes under both conditions. */
    @Override
    public Either<Problem, Member> save(Member member) {
        TenantId tenant = member.tenant();
        String id = member.id().value();
        Member next = member.withRevision(member.revision().next());
        return table.writes.read(memberKey(tenant, id), stored -> stored.get("email").s()).flatMap(stored -> {
            if (stored.isEmpty()) {
                return Either.left(new Problem.NotFound("member", id));
            }
            List<TransactWriteItem> items = new ArrayList<>();
            items.add(table.writes.putIfRevision(item(tenant, next), member.revision()));
            if (!stored.get().equals(member.email().value())) {
                items.add(table.writes.deleteIf(Keys.key(Keys.email(tenant, stored.get()), Keys.CLAIM), "ownerId", s(id)));
                items.add(table.writes.putNew(claim(tenant, next)));
            }
            return table.writes.transact(items).flatMap(refused -> {
                if (refused.isEmpty()) {
                    return Either.right(next);
                }
                if (refused.get().index() == 2) {
                    return Either.left(new Problem.AlreadyExists("member email", member.email().value()));
                }
                return Either.left(new Problem.Conflict("member", id, member.revision(),
                        refused.get().stood().filter(i -> refused.get().index() == 0).map(table.writes::revisionOf)
                                .getOrNull()));
            });
        });
    }

    @Override
    public Either<Problem, Member> addStats(TenantId tenant, UserId id, MemberStats delta, Instant at) {
        Map<String, Long> deltas = new LinkedHashMap<>();
        deltas.put("storiesShared", delta.storiesShared());
        deltas.put("helpfulVotes", delta.helpfulVotes());
        deltas.put("circlesJoined", delta.circlesJoined());
        deltas.put("comments", delta.comments());
        return table.add(memberKey(tenant, id.value()), deltas, at, "lastActive").flatMap(updated -> updated
                .map(i -> Documents.member(tenant, DocItems.doc(i)))
                .toEither(() -> new Problem.NotFound("member", id.value())));
    }

    @Override
    public Either<Problem, Option<Member>> get(TenantId tenant, UserId id) {
        return table.writes.read(memberKey(tenant, id.value()), i -> Documents.member(tenant, DocItems.doc(i)));
    }

    /**
     * The member, its email claim and the circle changes, in one transaction when they fit (32 circles); otherwise
     * the leading circle changes go first, whole, in transactions that each check the member's revision, and the
     * member and its claim go with the last ones. The claim goes unconditionally: the member's revision vouches that
     * the email is the member's own, and unique.
     */
    @Override
    public Either<Problem, UserId> delete(Member member, List<CircleChange> leaving) {
        TenantId tenant = member.tenant();
        String id = member.id().value();
        Map<String, AttributeValue> key = memberKey(tenant, id);
        List<TransactWriteItem> last = List.of(table.writes.deleteIfRevision(key, member.revision()),
                table.writes.delete(Keys.key(Keys.email(tenant, member.email().value()), Keys.CLAIM)));
        List<DynamoCircleRepository.Written> changes = leaving.stream().map(circles::items).toList();
        return table.writes.transactGuarded(key, member.revision(), last,
                changes.stream().map(DynamoCircleRepository.Written::items).toList()).flatMap(refused -> {
                    if (refused.isEmpty()) {
                        return Either.right(member.id());
                    }
                    int index = refused.get().index();
                    if (index < last.size()) {
                        return Either.left(table.writes.stale("member", id, member.revision(), refused.get().stood()));
                    }
                    int offset = last.size();
                    for (int c = 0; c < leaving.size(); c++) {
                        int size = changes.get(c).items().size();
                        if (index < offset + size) {
                            return Either.left(circles.refusal(leaving.get(c),
                                    new RevisionedWrites.Refusal(index - offset, refused.get().stood())));
                        }
                        offset += size;
                    }
                    return Either.left(new Problem.Conflict("member", id, member.revision(), null));
                });
    }

    @Override
    public Either<Problem, Option<Member>> byEmail(TenantId tenant, Email email) {
        return table.writes.read(Keys.key(Keys.email(tenant, email.value()), Keys.CLAIM), c -> c.get("ownerId").s())
                .flatMap(owner -> owner.isEmpty() ? Either.right(Option.<Member>none())
                        : get(tenant, new UserId(owner.get())))
                .map(found -> found.filter(m -> m.email().equals(email)));
    }

    @Override
    public Either<Problem, List<Member>> getAll(TenantId tenant, List<UserId> ids) {
        return table.batches.get(table.name, ids.stream().map(id -> memberKey(tenant, id.value())).toList())
                .flatMap(items -> Guard.run(() -> {
                    Map<String, Map<String, AttributeValue>> found = byPartition(items);
                    return Either.right(ids.stream().distinct().map(id -> found.get(Keys.user(tenant, id.value())))
                            .filter(Objects::nonNull).map(i -> Documents.member(tenant, DocItems.doc(i))).toList());
                }));
    }

    @Override
    public Either<Problem, Page<Member>> search(TenantId tenant, MemberSearch search, PageRequest page) {
        boolean byStage = search.diagnosisStage().isDefined();
        return table.index(byStage ? 3 : 4, byStage ? Keys.t(tenant) + "STAGE#" + search.diagnosisStage().get().name()
                : Keys.t(tenant) + "MEMBER", true, tenant, "circles.members.search|" + search.fingerprint(), page,
                item -> search.matches(Documents.member(tenant, DocItems.doc(item))),
                item -> Documents.member(tenant, DocItems.doc(item)));
    }

    /** Refuses members of another tenant, then creates the rest 50 per transaction (member and email claim). */
    @Override
    public Either<Problem, BatchOutcome> createAll(TenantId tenant, List<Member> members) {
        List<String> written = new ArrayList<>();
        Map<String, Problem> refused = new HashMap<>();
        List<Member> own = new ArrayList<>();
        for (Member m : members) {
            Option<Problem> foreign = CirclesTable.foreignTenant(tenant, m);
            if (foreign.isDefined()) {
                refused.put(m.id().value(), foreign.get());
            } else {
                own.add(m);
            }
        }
        for (int from = 0; from < own.size(); from += MEMBERS_PER_TRANSACTION) {
            Either<Problem, List<Member>> fresh = fresh(tenant, own.subList(from,
                    Math.min(own.size(), from + MEMBERS_PER_TRANSACTION)), refused);
            if (fresh.isLeft()) {
                return Either.left(fresh.getLeft());
            }
            List<Member> chunk = fresh.get();
            while (!chunk.isEmpty()) {
                List<TransactWriteItem> items = new ArrayList<>();
                for (Member m : chunk) {
                    items.add(table.writes.putNew(item(tenant, m.withRevision(Revision.INITIAL))));
                    items.add(table.writes.putNew(claim(tenant, m)));
                }
                Either<Problem, Option<RevisionedWrites.Refusal>> outcome = table.writes.transact(items);
                if (outcome.isLeft()) {
                    return Either.left(outcome.getLeft());
                }
                if (outcome.get().isEmpty()) {
                    chunk.forEach(m -> written.add(m.id().value()));
                    break;
                }
                int index = outcome.get().get().index();
                Member failed = chunk.get(index / 2);
                refused.put(failed.id().value(), index % 2 == 0
                        ? new Problem.AlreadyExists("member", failed.id().value())
                        : new Problem.AlreadyExists("member email", failed.email().value()));
                chunk = new ArrayList<>(chunk);
                chunk.remove(failed);
            }
        }
        return Either.right(new BatchOutcome(written, refused));
    }

    /** Drops (and reports) members whose id or email is taken, already stored or earlier in the same batch. */
    private Either<Problem, List<Member>> fresh(TenantId tenant, List<Member> chunk, Map<String, Problem> refused) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (Member m : chunk) {
            keys.add(memberKey(tenant, m.id().value()));
            keys.add(Keys.key(Keys.email(tenant, m.email().value()), Keys.CLAIM));
        }
        return table.batches.get(table.name, keys).map(items -> {
            Map<String, Map<String, AttributeValue>> existing = byPartition(items);
            Set<String> seen = new HashSet<>();
            List<Member> out = new ArrayList<>();
            for (Member m : chunk) {
                String id = m.id().value();
                if (refused.containsKey(id) || existing.containsKey(Keys.user(tenant, id)) || !seen.add("id:" + id)) {
                    refused.putIfAbsent(id, new Problem.AlreadyExists("member", id));
                } else if (existing.containsKey(Keys.email(tenant, m.email().value()))
                        || !seen.add("email:" + m.email().value())) {
                    refused.put(id, new Problem.AlreadyExists("member email", m.email().value()));
                } else {
                    out.add(m);
                }
            }
            return out;
        });
    }

    private static Map<String, Map<String, AttributeValue>> byPartition(List<Map<String, AttributeValue>> items) {
        Map<String, Map<String, AttributeValue>> byPk = new HashMap<>();
        items.forEach(i -> byPk.put(i.get(Keys.PK).s(), i));
        return byPk;
    }
}
