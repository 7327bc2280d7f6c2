package dev.portside.adapters.dynamodb.circles;

import dev.portside.adapters.common.circles.Documents;
import dev.portside.domain.circles.BatchOutcome;
import dev.portside.domain.circles.Email;
import dev.portside.domain.circles.Member;
import dev.portside.domain.circles.MemberRepository;
import dev.portside.domain.circles.MemberSearch;
import dev.portside.domain.circles.MemberStats;
import dev.portside.domain.circles.UserId;
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
import java.util.Optional;
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

    private static final int MEMBERS_PER_TRANSACTION = CirclesTable.MAX_TRANSACTION_ITEMS / 2;

    private final CirclesTable table;

    public DynamoMemberRepository(CirclesTable table) {
        this.table = table;
    }

    private Map<String, AttributeValue> item(TenantId tenant, Member m) {
        Map<String, AttributeValue> item = Items.item(Documents.member(m), "MEMBER", Keys.user(tenant, m.id().value()),
                Keys.PROFILE);
        item.put("GSI1PK", Items.s(Keys.email(tenant, m.email().value())));
        item.put("GSI1SK", Items.s("USER#" + m.id().value()));
        item.put("GSI3PK", Items.s(Keys.t(tenant) + "STAGE#" + m.profile().diagnosisStage().name()));
        item.put("GSI3SK", Items.s(m.id().value()));
        item.put("GSI4PK", Items.s(Keys.t(tenant) + "MEMBER"));
        item.put("GSI4SK", Items.s(m.id().value()));
        return item;
    }

    private Map<String, AttributeValue> claim(TenantId tenant, Member m) {
        Map<String, AttributeValue> item = new HashMap<>(Items.key(Keys.email(tenant, m.email().value()), Keys.CLAIM));
        item.put(Items.TYPE, Items.s("EMAIL_CLAIM"));
        item.put("ownerId", Items.s(m.id().value()));
        return item;
    }

    private Map<String, AttributeValue> memberKey(TenantId tenant, String id) {
        return Items.key(Keys.user(tenant, id), Keys.PROFILE);
    }

    @Override
    public Either<Problem, Member> create(Member member) {
        TenantId tenant = member.tenant();
        Member stored = member.withRevision(Revision.INITIAL);
        return table.guard(() -> {
            CirclesTable.TxResult r = table.transact(List.of(Writes.putNew(table.name, item(tenant, stored)),
                    Writes.putNew(table.name, claim(tenant, stored))));
            return r.done() ? Either.right(stored) : Either.left(r.failedIndex() == 0
                    ? new Problem.AlreadyExists("member", member.id().value())
                    : new Problem.AlreadyExists("member email", member.email().value()));
        });
    }

    @Override
    public Either<Problem, Member> save(Member member) {
        TenantId tenant = member.tenant();
        String id = member.id().value();
        return table.guard(() -> {
            Optional<Map<String, AttributeValue>> current = table.get(memberKey(tenant, id));
            if (current.isEmpty()) {
                return Either.left(new Problem.NotFound("member", id));
            }
            long stored = CirclesTable.revisionOf(current.get());
            if (stored != member.revision().value()) {
                return Either.left(new Problem.Conflict("member", id, member.revision(), new Revision(stored)));
            }
            Member next = member.withRevision(member.revision().next());
            String oldEmail = current.get().get("email").s();
            List<TransactWriteItem> items = new ArrayList<>();
            items.add(Writes.putIfRevision(table.name, item(tenant, next), stored));
            if (!oldEmail.equals(member.email().value())) {
                items.add(Writes.deleteIfOwner(table.name, Items.key(Keys.email(tenant, oldEmail), Keys.CLAIM), id));
                items.add(Writes.putNew(table.name, claim(tenant, next)));
            }
            CirclesTable.TxResult r = table.transact(items);
            if (r.done()) {
                return Either.right(next);
            }
            if (r.failedIndex() == 2) {
                return Either.left(new Problem.AlreadyExists("member email", member.email().value()));
            }
            Optional<Map<String, AttributeValue>> now = table.get(memberKey(tenant, id));
            return Either.left(new Problem.Conflict("member", id, member.revision(),
                    now.map(i -> new Revision(CirclesTable.revisionOf(i))).orElse(null)));
        });
    }

    @Override
    public Either<Problem, Member> addStats(TenantId tenant, UserId id, MemberStats delta, Instant at) {
        Map<String, Long> deltas = new LinkedHashMap<>();
        deltas.put("storiesShared", delta.storiesShared());
        deltas.put("helpfulVotes", delta.helpfulVotes());
        deltas.put("circlesJoined", delta.circlesJoined());
        deltas.put("comments", delta.comments());
        return table.guard(() -> table.add(memberKey(tenant, id.value()), deltas, at, "lastActive")
                .<Either<Problem, Member>>map(i -> Either.right(Documents.member(tenant, Items.doc(i))))
                .orElseGet(() -> Either.left(new Problem.NotFound("member", id.value()))));
    }

    @Override
    public Either<Problem, Option<Member>> get(TenantId tenant, UserId id) {
        return table.guard(() -> Either.right(Option.ofOptional(table.get(memberKey(tenant, id.value())))
                .map(i -> Documents.member(tenant, Items.doc(i)))));
    }

    @Override
    public Either<Problem, Option<Member>> byEmail(TenantId tenant, Email email) {
        return table.guard(() -> Either.right(Option.ofOptional(table.get(Items.key(Keys.email(tenant, email.value()),
                        Keys.CLAIM)).flatMap(c -> table.get(memberKey(tenant, c.get("ownerId").s()))))
                .map(i -> Documents.member(tenant, Items.doc(i)))
                .filter(m -> m.email().equals(email))));
    }

    @Override
    public Either<Problem, List<Member>> getAll(TenantId tenant, List<UserId> ids) {
        return table.guard(() -> {
            Map<String, Map<String, AttributeValue>> found = Batches.get(table,
                    ids.stream().map(id -> memberKey(tenant, id.value())).toList());
            return Either.right(ids.stream().distinct().map(id -> found.get(Keys.user(tenant, id.value())))
                    .filter(java.util.Objects::nonNull).map(i -> Documents.member(tenant, Items.doc(i))).toList());
        });
    }

    @Override
    public Either<Problem, Page<Member>> search(TenantId tenant, MemberSearch search, PageRequest page) {
        PagedQuery query = search.diagnosisStage().isDefined()
                ? PagedQuery.index(3, Keys.t(tenant) + "STAGE#" + search.diagnosisStage().get().name(), true)
                : PagedQuery.index(4, Keys.t(tenant) + "MEMBER", true);
        return query.run(table, tenant, "circles.members.search|" + search.fingerprint(), page,
                item -> search.matches(Documents.member(tenant, Items.doc(item))),
                item -> Documents.member(tenant, Items.doc(item)));
    }

    @Override
    public Either<Problem, BatchOutcome> createAll(TenantId tenant, List<Member> members) {
        return table.guard(() -> {
            List<String> written = new ArrayList<>();
            Map<String, Problem> refused = new HashMap<>();
            for (int from = 0; from < members.size(); from += MEMBERS_PER_TRANSACTION) {
                List<Member> chunk = fresh(tenant, members.subList(from,
                        Math.min(members.size(), from + MEMBERS_PER_TRANSACTION)), refused);
                while (!chunk.isEmpty()) {
                    List<TransactWriteItem> items = new ArrayList<>();
                    for (Member m : chunk) {
                        items.add(Writes.putNew(table.name, item(tenant, m.withRevision(Revision.INITIAL))));
                        items.add(Writes.putNew(table.name, claim(tenant, m)));
                    }
                    CirclesTable.TxResult r = table.transact(items);
                    if (r.done()) {
                        chunk.forEach(m -> written.add(m.id().value()));
                        break;
                    }
                    Member failed = chunk.get(r.failedIndex() / 2);
                    refused.put(failed.id().value(), r.failedIndex() % 2 == 0
                            ? new Problem.AlreadyExists("member", failed.id().value())
                            : new Problem.AlreadyExists("member email", failed.email().value()));
                    chunk = new ArrayList<>(chunk);
                    chunk.remove(failed);
                }
            }
            return Either.right(new BatchOutcome(written, refused));
        });
    }

    /** Drops (and reports) members whose id or email is taken, already stored or earlier in the same batch. */
    private List<Member> fresh(TenantId tenant, List<Member> chunk, Map<String, Problem> refused) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (Member m : chunk) {
            keys.add(memberKey(tenant, m.id().value()));
            keys.add(Items.key(Keys.email(tenant, m.email().value()), Keys.CLAIM));
        }
        Map<String, Map<String, AttributeValue>> existing = Batches.get(table, keys);
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
    }
}
