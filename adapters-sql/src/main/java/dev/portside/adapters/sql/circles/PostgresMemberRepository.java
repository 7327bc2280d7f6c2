package dev.portside.adapters.sql.circles;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Members in {@code circles_members}: the email is unique per tenant by a unique index on {@code lower(email)}, so a
 * create or an email change that would duplicate it fails as a whole; saves are {@code WHERE revision = ?} and
 * counter increments lock the row ({@code SELECT ... FOR UPDATE}) inside one transaction. Bulk creates send one
 * JDBC batch of {@code INSERT ... ON CONFLICT DO NOTHING} in one transaction.
 */
public final class PostgresMemberRepository implements MemberRepository {

    private static final String COLUMNS = "doc::text";

    private final CirclesDb db;

    public PostgresMemberRepository(CirclesDb db) {
        this.db = db;
    }

    private static Problem refusal(Member m, String violation) {
        return violation.contains("email_key") ? new Problem.AlreadyExists("member email", m.email().value())
                : new Problem.AlreadyExists("member", m.id().value());
    }

    private static boolean insert(Handle h, TenantId tenant, Member m) {
        return h.createUpdate("insert into circles_members (tenant, id, email, diagnosis_stage, revision, doc) "
                        + "values (:t, :id, :email, :stage, :rev, cast(:doc as jsonb)) on conflict do nothing")
                .bind("t", tenant.value()).bind("id", m.id().value()).bind("email", m.email().value())
                .bind("stage", m.profile().diagnosisStage().name()).bind("rev", m.revision().value())
                .bind("doc", CirclesDb.json(Documents.member(m))).execute() == 1;
    }

    private static boolean idTaken(Handle h, TenantId tenant, UserId id) {
        return h.createQuery("select count(*) from circles_members where tenant = :t and id = :id")
                .bind("t", tenant.value()).bind("id", id.value()).mapTo(Long.class).one() > 0;
    }

    @Override
    public Either<Problem, Member> create(Member member) {
        TenantId tenant = member.tenant();
        Member stored = member.withRevision(Revision.INITIAL);
        return db.guard(() -> db.jdbi.inTransaction(h -> insert(h, tenant, stored) ? Either.right(stored)
                : Either.left(idTaken(h, tenant, member.id()) ? new Problem.AlreadyExists("member", member.id().value())
                : new Problem.AlreadyExists("member email", member.email().value()))));
    }

    @Override
    public Either<Problem, Member> save(Member member) {
        TenantId tenant = member.tenant();
        Member next = member.withRevision(member.revision().next());
        return db.guard(() -> db.jdbi.inTransaction(h -> {
            if (update(h, tenant, member, next) == 1) {
                return Either.right(next);
            }
            return Either.left(stored(h, tenant, member.id().value())
                    .<Problem>map(m -> new Problem.Conflict("member", member.id().value(), member.revision(),
                            m.revision()))
                    .orElseGet(() -> new Problem.NotFound("member", member.id().value())));
        }));
    }

    private static int update(Handle h, TenantId tenant, Member member, Member next) {
        try {
            return h.createUpdate("update circles_members set email = :email, diagnosis_stage = :stage, "
                            + "revision = :next, doc = cast(:doc as jsonb) "
                            + "where tenant = :t and id = :id and revision = :rev")
                    .bind("t", tenant.value()).bind("id", member.id().value())
                    .bind("email", member.email().value()).bind("stage", member.profile().diagnosisStage().name())
                    .bind("next", next.revision().value()).bind("rev", member.revision().value())
                    .bind("doc", CirclesDb.json(Documents.member(next))).execute();
        } catch (RuntimeException e) {
            throw CirclesDb.uniqueViolation(e).map(v -> new CirclesDb.Refused(refusal(member, v)))
                    .orElseThrow(() -> e);
        }
    }

    @Override
    public Either<Problem, Member> addStats(TenantId tenant, UserId id, MemberStats delta, Instant at) {
        return db.guard(() -> db.jdbi.inTransaction(h -> {
            Optional<Member> current = h.createQuery("select doc::text from circles_members "
                            + "where tenant = :t and id = :id for update")
                    .bind("t", tenant.value()).bind("id", id.value()).mapTo(String.class).findOne()
                    .map(json -> Documents.member(tenant, CirclesDb.doc(json)));
            if (current.isEmpty()) {
                return Either.left(new Problem.NotFound("member", id.value()));
            }
            Member next = current.get().withStats(delta, at).withRevision(current.get().revision().next());
            h.createUpdate("update circles_members set revision = :rev, doc = cast(:doc as jsonb) "
                            + "where tenant = :t and id = :id")
                    .bind("t", tenant.value()).bind("id", id.value()).bind("rev", next.revision().value())
                    .bind("doc", CirclesDb.json(Documents.member(next))).execute();
            return Either.right(next);
        }));
    }

    private static Optional<Member> stored(Handle h, TenantId tenant, String id) {
        return h.createQuery("select " + COLUMNS + " from circles_members where tenant = :t and id = :id")
                .bind("t", tenant.value()).bind("id", id).mapTo(String.class).findOne()
                .map(json -> Documents.member(tenant, CirclesDb.doc(json)));
    }

    @Override
    public Either<Problem, Option<Member>> get(TenantId tenant, UserId id) {
        return db.guard(() -> Either.right(Option.ofOptional(db.jdbi.withHandle(h -> stored(h, tenant, id.value())))));
    }

    @Override
    public Either<Problem, Option<Member>> byEmail(TenantId tenant, Email email) {
        return db.guard(() -> Either.right(Option.ofOptional(db.jdbi.withHandle(h -> h.createQuery(
                        "select doc::text from circles_members where tenant = :t and lower(email) = lower(:email)")
                .bind("t", tenant.value()).bind("email", email.value()).mapTo(String.class).findOne()
                .map(json -> Documents.member(tenant, CirclesDb.doc(json)))))));
    }

    @Override
    public Either<Problem, List<Member>> getAll(TenantId tenant, List<UserId> ids) {
        if (ids.isEmpty()) {
            return Either.right(List.of());
        }
        return db.guard(() -> {
            Map<String, Member> found = db.jdbi.withHandle(h -> h.createQuery(
                            "select doc::text from circles_members where tenant = :t and id in (<ids>)")
                    .bind("t", tenant.value()).bindList("ids", ids.stream().map(UserId::value).toList())
                    .mapTo(String.class).list()).stream()
                    .map(json -> Documents.member(tenant, CirclesDb.doc(json)))
                    .collect(Collectors.toMap(m -> m.id().value(), Function.identity()));
            return Either.right(ids.stream().distinct().map(id -> found.get(id.value()))
                    .filter(java.util.Objects::nonNull).toList());
        });
    }

    @Override
    public Either<Problem, Page<Member>> search(TenantId tenant, MemberSearch search, PageRequest page) {
        String fingerprint = "circles.members.search|" + search.fingerprint();
        return Keyset.after(db, page, tenant, fingerprint).flatMap(after -> db.guard(() -> {
            List<Member> rows = db.jdbi.withHandle(h -> h.createQuery("select doc::text from circles_members "
                            + "where tenant = :t and (cast(:after as text) is null or id > :after) "
                            + "and (cast(:stage as text) is null or diagnosis_stage = :stage) "
                            + "and (cast(:bg as text) is null or exists (select 1 from jsonb_array_elements_text("
                            + "doc->'culturalBackground') x where lower(x) = lower(:bg))) "
                            + "and (cast(:need as text) is null or exists (select 1 from jsonb_array_elements_text("
                            + "doc->'supportNeeds') x where lower(x) = lower(:need))) "
                            + "order by id limit :n")
                    .bind("t", tenant.value()).bind("after", after)
                    .bind("stage", search.diagnosisStage().map(Enum::name).getOrNull())
                    .bind("bg", search.culturalBackground().getOrNull())
                    .bind("need", search.supportNeed().getOrNull()).bind("n", page.limit() + 1)
                    .mapTo(String.class).list()).stream()
                    .map(json -> Documents.member(tenant, CirclesDb.doc(json))).toList();
            return Either.right(Keyset.page(db, rows, m -> m.id().value(), page, tenant, fingerprint));
        }));
    }

    @Override
    public Either<Problem, BatchOutcome> createAll(TenantId tenant, List<Member> members) {
        return db.guard(() -> db.jdbi.inTransaction(h -> {
            PreparedBatch batch = h.prepareBatch("insert into circles_members (tenant, id, email, diagnosis_stage, "
                    + "revision, doc) values (:t, :id, :email, :stage, 1, cast(:doc as jsonb)) on conflict do nothing");
            for (Member m : members) {
                batch.bind("t", tenant.value()).bind("id", m.id().value()).bind("email", m.email().value())
                        .bind("stage", m.profile().diagnosisStage().name())
                        .bind("doc", CirclesDb.json(Documents.member(m.withRevision(Revision.INITIAL)))).add();
            }
            int[] inserted = members.isEmpty() ? new int[0] : batch.execute();
            List<String> written = new ArrayList<>();
            Map<String, Problem> refused = new HashMap<>();
            for (int i = 0; i < members.size(); i++) {
                Member m = members.get(i);
                if (inserted[i] == 1) {
                    written.add(m.id().value());
                } else {
                    refused.put(m.id().value(), idTaken(h, tenant, m.id())
                            ? new Problem.AlreadyExists("member", m.id().value())
                            : new Problem.AlreadyExists("member email", m.email().value()));
                }
            }
            return Either.right(new BatchOutcome(written, refused));
        }));
    }
}
