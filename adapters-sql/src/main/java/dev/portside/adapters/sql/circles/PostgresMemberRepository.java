package dev.portside.adapters.sql.circles;

import dev.portside.adapters.common.circles.Documents;
import dev.portside.adapters.sql.support.Batches;
import dev.portside.adapters.sql.support.Columns;
import dev.portside.adapters.sql.support.Guard;
import dev.portside.adapters.sql.support.Keyset;
import dev.portside.adapters.sql.support.RevisionedWrites;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Members in {@code circles_members}: the email is unique per tenant by a unique index on {@code lower(email)}, so a
 * create or an email change that would duplicate it fails as a whole; saves are {@code WHERE revision = ?} and
 * counter increments lock the row ({@code SELECT ... FOR UPDATE}) inside one transaction. Bulk creates send one
 * JDBC batch of {@code INSERT ... ON CONFLICT DO NOTHING} in one transaction. Creates and saves recognise their own
 * rows, so a commit of unknown outcome is rerun; counter increments are not (a rerun would count twice).
 */
public final class PostgresMemberRepository implements MemberRepository {

    private static final Columns COLUMNS = Columns.key("tenant", "id")
            .and("email", "diagnosis_stage", "revision", "doc::jsonb");
    private static final String INSERT = "INSERT INTO circles_members (" + COLUMNS.names() + ") VALUES ("
            + COLUMNS.parameters() + ")";
    private static final RevisionedWrites WRITES = RevisionedWrites.on("member", "circles_members", COLUMNS)
            .goneIsNotFound();

    private final CirclesDb db;

    public PostgresMemberRepository(CirclesDb db) {
        this.db = db;
    }

    private static <S extends SqlStatement<S>> S bind(S statement, Member m) {
        return statement.bind("tenant", m.tenant().value()).bind("id", m.id().value())
                .bind("email", m.email().value()).bind("diagnosis_stage", m.profile().diagnosisStage().name())
                .bind("revision", m.revision().value()).bind("doc", CirclesDb.json(Documents.member(m)));
    }

    /** A unique index a member write hit: the email's, else the key's. */
    private static Function<String, Optional<Problem>> duplicate(Member m) {
        return constraint -> Optional.of(constraint.contains("email_key")
                ? new Problem.AlreadyExists("member email", m.email().value())
                : new Problem.AlreadyExists("member", m.id().value()));
    }

    @Override
    public Either<Problem, Member> create(Member member) {
        Member stored = member.withRevision(Revision.INITIAL);
        return db.rerunnable.transaction("create member", duplicate(member), h -> {
            if (!(Guard.rerun(h) && WRITES.holds(h, q -> bind(q, stored)))) {
                bind(h.createUpdate(INSERT), stored).execute();
            }
            return Either.right(stored);
        });
    }

    @Override
    public Either<Problem, Member> save(Member member) {
        Member next = member.withRevision(member.revision().next());
        return db.rerunnable.transaction("save member", duplicate(member), h -> WRITES.update(h, member.id().value(),
                member.revision(), q -> bind(q, next)).map(r -> next));
    }

    @Override
    public Either<Problem, Member> addStats(TenantId tenant, UserId id, MemberStats delta, Instant at) {
        return db.guard.transaction("add member stats", h -> {
            Optional<Member> current = stored(h, tenant, id.value(), true);
            if (current.isEmpty()) {
                return Either.left(new Problem.NotFound("member", id.value()));
            }
            Member next = current.get().withStats(delta, at).withRevision(current.get().revision().next());
            return WRITES.update(h, id.value(), current.get().revision(), q -> bind(q, next)).map(r -> next);
        });
    }

    private static Optional<Member> stored(Handle h, TenantId tenant, String id, boolean lock) {
        return h.createQuery("SELECT doc::text AS doc FROM circles_members WHERE " + COLUMNS.where() + (lock ? " FOR UPDATE" : ""))
                .bind("tenant", tenant.value()).bind("id", id).map(CirclesDb.rows(tenant, Documents::member))
                .findOne();
    }

    @Override
    public Either<Problem, Option<Member>> get(TenantId tenant, UserId id) {
        return db.guard.read("get member", h -> Option.ofOptional(stored(h, tenant, id.value(), false)));
    }

    /** One transaction: each circle left, then the member row (its email goes with it: the claim is its index). */
    @Override
    public Either<Problem, UserId> delete(Member member, List<CircleChange> leaving) {
        return db.rerunnable.transaction("delete member", h -> {
            for (CircleChange change : leaving) {
                PostgresCircleRepository.apply(h, change).getOrElseThrow(Guard.Refused::new);
            }
            return WRITES.delete(h, member.id().value(), member.revision(), q -> q.bind("tenant",
                    member.tenant().value()).bind("id", member.id().value())).map(r -> member.id());
        });
    }

    @Override
    public Either<Problem, Option<Member>> byEmail(TenantId tenant, Email email) {
        return db.guard.read("find member by email", h -> Option.ofOptional(h.createQuery(
                        "SELECT doc::text AS doc FROM circles_members WHERE tenant = :tenant AND lower(email) = lower(:email)")
                .bind("tenant", tenant.value()).bind("email", email.value())
                .map(CirclesDb.rows(tenant, Documents::member)).findOne()));
    }

    @Override
    public Either<Problem, List<Member>> getAll(TenantId tenant, List<UserId> ids) {
        if (ids.isEmpty()) {
            return Either.right(List.of());
        }
        return db.guard.read("get members", h -> {
            Map<String, Member> found = h.createQuery(
                            "SELECT doc::text AS doc FROM circles_members WHERE tenant = :tenant AND id IN (<ids>)")
                    .bind("tenant", tenant.value()).bindList("ids", ids.stream().map(UserId::value).toList())
                    .map(CirclesDb.rows(tenant, Documents::member)).list().stream()
                    .collect(Collectors.toMap(m -> m.id().value(), Function.identity()));
            return ids.stream().distinct().map(id -> found.get(id.value())).filter(Objects::nonNull).toList();
        });
    }

    @Override
    public Either<Problem, Page<Member>> search(TenantId tenant, MemberSearch search, PageRequest page) {
        return db.pager.page(tenant, "circles.members.search|" + search.fingerprint(), page,
                "SELECT doc::text AS doc FROM circles_members WHERE tenant = :tenant "
                        + "AND (cast(:stage AS text) IS NULL OR diagnosis_stage = :stage) "
                        + "AND (cast(:bg AS text) IS NULL OR EXISTS (SELECT 1 FROM jsonb_array_elements_text("
                        + "doc->'culturalBackground') x WHERE lower(x) = lower(:bg))) "
                        + "AND (cast(:need AS text) IS NULL OR EXISTS (SELECT 1 FROM jsonb_array_elements_text("
                        + "doc->'supportNeeds') x WHERE lower(x) = lower(:need)))",
                q -> q.bind("stage", search.diagnosisStage().map(Enum::name).getOrNull())
                        .bind("bg", search.culturalBackground().getOrNull())
                        .bind("need", search.supportNeed().getOrNull()),
                Keyset.ascending(Keyset.Key.text("id", m -> m.id().value())),
                CirclesDb.rows(tenant, Documents::member));
    }

    @Override
    public Either<Problem, BatchOutcome> createAll(TenantId tenant, List<Member> members) {
        Map<String, Problem> refused = new HashMap<>();
        List<Member> mine = Batches.ofTenant(tenant, members, m -> m.id().value(), refused);
        return db.rerunnable.transaction("create members", h -> {
            List<Member> fresh = mine.stream().map(m -> m.withRevision(Revision.INITIAL)).toList();
            int[] inserted = Batches.prepared(h, INSERT + " ON CONFLICT DO NOTHING", fresh, Batches.CHUNK,
                    PostgresMemberRepository::bind);
            List<String> written = new ArrayList<>();
            for (int i = 0; i < fresh.size(); i++) {
                Member m = fresh.get(i);
                if (inserted[i] == 1 || Guard.rerun(h) && WRITES.holds(h, q -> bind(q, m))) {
                    written.add(m.id().value());
                } else {
                    refused.put(m.id().value(), stored(h, tenant, m.id().value(), false).isPresent()
                            ? new Problem.AlreadyExists("member", m.id().value())
                            : new Problem.AlreadyExists("member email", m.email().value()));
                }
            }
            return Either.right(new BatchOutcome(written, refused));
        });
    }
}
