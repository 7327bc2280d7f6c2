package dev.portside.application.circles;

import dev.portside.application.circles.CommunityCommands.DeleteMember;
import dev.portside.application.circles.CommunityCommands.FindMemberByEmail;
import dev.portside.application.circles.CommunityCommands.GetMember;
import dev.portside.application.circles.CommunityCommands.GetMembers;
import dev.portside.application.circles.CommunityCommands.RegisterMember;
import dev.portside.application.circles.CommunityCommands.RegisterMembers;
import dev.portside.application.circles.CommunityCommands.SearchMembers;
import dev.portside.application.circles.CommunityCommands.UpdateMember;
import dev.portside.domain.circles.BatchOutcome;
import dev.portside.domain.circles.Circle;
import dev.portside.domain.circles.CircleChange;
import dev.portside.domain.circles.CircleId;
import dev.portside.domain.circles.DeletionRules;
import dev.portside.domain.circles.DiagnosisStage;
import dev.portside.domain.circles.Email;
import dev.portside.domain.circles.Member;
import dev.portside.domain.circles.MemberSearch;
import dev.portside.domain.circles.MemberStats;
import dev.portside.domain.circles.Membership;
import dev.portside.domain.circles.MembershipWrite;
import dev.portside.domain.kernel.UserId;
import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Retry;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.UseCaseObserver;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The members of a {@link Community}: registration (single and bulk), profile edits, lookups and the retried stats
 * counters other use cases bump.
 */
public final class MemberUseCases {

    private static final String CONTEXT = "circles";

    static final int STATS_ATTEMPTS = 200;
    private static final int MAX_BATCH = 1000;

    private final Ports ports;
    private final UseCaseObserver observer;

    MemberUseCases(Ports ports,
                   UseCaseObserver observer) {
        this.ports = ports;
        this.observer = observer;
    }

    public Either<Problem, Member> register(RegisterMember c) {
        return observer.observe(CONTEXT, "members.register", () -> registerUnobserved(c));
    }

    private Either<Problem, Member> registerUnobserved(RegisterMember c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        UserId id = c.id() == null ? null : checks.take(UserId.of(c.id()));
        MemberFactory.Parts parts = MemberFactory.check(checks, c.form());
        return checks.build(() -> id != null ? id : new UserId(ports.ids().newId()))
                .flatMap(uid -> ports.members().create(MemberFactory.newMember(tenant, uid, parts, ports.clock().instant())));
    }

    public Either<Problem, ImportReport> registerAll(RegisterMembers c) {
        return observer.observe(CONTEXT, "members.registerAll", () -> registerAllUnobserved(c));
    }

    private Either<Problem, ImportReport> registerAllUnobserved(RegisterMembers c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        checks.require(c.members() != null && c.members().size() <= MAX_BATCH, "members",
                c.members() == null ? null : c.members().size(), "must be a list of at most " + MAX_BATCH);
        if (!checks.ok()) {
            return checks.build(() -> null);
        }
        Map<Integer, Problem> refused = new HashMap<>();
        Map<String, Integer> positions = new HashMap<>();
        Set<String> emails = new HashSet<>();
        List<Member> valid = new ArrayList<>();
        for (int i = 0; i < c.members().size(); i++) {
            RegisterMember r = c.members().get(i);
            Checks one = Checks.start();
            UserId id = r == null || r.id() == null ? null : one.take(UserId.of(r.id()));
            MemberFactory.Parts parts = r == null ? null : MemberFactory.check(one, r.form());
            one.require(r != null, "members[" + i + "]", null, "is required");
            if (!one.ok()) {
                refused.put(i, new Problem.Invalid(one.violations()));
                continue;
            }
            UserId uid = id != null ? id : new UserId(ports.ids().newId());
            if (positions.containsKey(uid.value())) {
                refused.put(i, new Problem.AlreadyExists("member", uid.value()));
                continue;
            }
            if (!emails.add(parts.email().value())) {
                refused.put(i, new Problem.AlreadyExists("member email", parts.email().value()));
                continue;
            }
            positions.put(uid.value(), i);
            valid.add(MemberFactory.newMember(tenant, uid, parts, ports.clock().instant()));
        }
        Either<Problem, BatchOutcome> outcome = valid.isEmpty()
                ? Either.right(new BatchOutcome(List.of(), Map.of()))
                : ports.members().createAll(tenant, valid);
        return outcome.map(o -> {
            o.refused().forEach((id, problem) -> refused.put(positions.get(id), problem));
            return new ImportReport(o.written(), refused);
        });
    }

    public Either<Problem, Member> update(UpdateMember c) {
        return observer.observe(CONTEXT, "members.update", () -> updateUnobserved(c));
    }

    private Either<Problem, Member> updateUnobserved(UpdateMember c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        UserId id = checks.take(UserId.of(c.id()));
        Revision expected = checks.revision(c.expectedRevision());
        MemberFactory.Parts p = MemberFactory.check(checks, c.form());
        return checks.build(() -> id)
                .flatMap(uid -> Checks.found(ports.members().get(tenant, uid), "member", uid))
                .flatMap(m -> !m.revision().equals(expected)
                        ? Either.left(new Problem.Conflict("member", id.value(), expected, m.revision()))
                        : ports.members().save(m.withDetails(p.email(), p.profile(), p.preferences(),
                        p.settings(), p.goals(), ports.clock().instant())));
    }

    /**
     * Erases a member: the profile with its personal data, the email claim (the address can register again) and
     * every membership, each circle's member count following, in one atomic step of the repositories. A member who
     * owns a circle transfers it first. A race with a circle's own changes is reloaded and decided again; a
     * membership that joined while the member went is swept afterwards.
     */
    public Either<Problem, UserId> delete(DeleteMember c) {
        return observer.observe(CONTEXT, "members.delete", () -> deleteUnobserved(c));
    }

    private Either<Problem, UserId> deleteUnobserved(DeleteMember c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        UserId id = checks.take(UserId.of(c.id()));
        Revision expected = checks.revision(c.expectedRevision());
        return checks.build(() -> id).flatMap(uid -> {
            Either<Problem, UserId> erased = erase(tenant, uid, expected);
            for (int attempt = 1; attempt < CircleUseCases.RACE_ATTEMPTS && erased.isLeft()
                    && erased.getLeft() instanceof Problem.Conflict conflict && !conflict.kind().equals("member");
                    attempt++) {
                erased = erase(tenant, uid, expected);
            }
            return erased;
        }).flatMap(uid -> sweep(tenant, uid));
    }

    private Either<Problem, UserId> erase(TenantId tenant, UserId id, Revision expected) {
        return Checks.found(ports.members().get(tenant, id), "member", id)
                .flatMap(member -> memberships(tenant, id)
                        .flatMap(memberships -> circlesOf(tenant, memberships)
                                .flatMap(circles -> DeletionRules.member(member, expected, memberships, circles,
                                        ports.clock().instant())))
                        .flatMap(leaving -> ports.members().delete(member, leaving)));
    }

    private Either<Problem, List<Membership>> memberships(TenantId tenant, UserId id) {
        List<Membership> all = new ArrayList<>();
        PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Either<Problem, Page<Membership>> loaded = ports.circles().circlesOf(tenant, id, Option.none(), page);
            if (loaded.isLeft()) {
                return Either.left(loaded.getLeft());
            }
            all.addAll(loaded.get().items());
            if (!loaded.get().hasNext()) {
                return Either.right(all);
            }
            page = page.after(loaded.get().next().get());
        }
    }

    private Either<Problem, Map<CircleId, Circle>> circlesOf(TenantId tenant, List<Membership> memberships) {
        Map<CircleId, Circle> circles = new HashMap<>();
        for (Membership m : memberships) {
            Either<Problem, Circle> circle = Checks.found(ports.circles().get(tenant, m.circle()), "circle", m.circle());
            if (circle.isLeft()) {
                return Either.left(circle.getLeft());
            }
            circles.put(m.circle(), circle.get());
        }
        return Either.right(circles);
    }

    /** Leaves every circle a membership of the deleted member still stands in (one that joined while it went). */
    private Either<Problem, UserId> sweep(TenantId tenant, UserId id) {
        return memberships(tenant, id).flatMap(late -> {
            for (Membership m : late) {
                Either<Problem, CircleChange> left = Retry.onConflict(CircleUseCases.RACE_ATTEMPTS,
                        () -> Checks.found(ports.circles().get(tenant, m.circle()), "circle", m.circle())
                                .flatMap(circle -> Checks.found(ports.circles().membership(tenant, m.circle(), id),
                                        "membership", m.circle() + "/" + id)
                                        .flatMap(current -> ports.circles().apply(CircleChange.of(circle.withStats(
                                                circle.stats().withMembers(current.active() ? -1 : 0),
                                                ports.clock().instant()), new MembershipWrite.Delete(current))))));
                if (left.isLeft() && !(left.getLeft() instanceof Problem.NotFound)) {
                    return Either.left(left.getLeft());
                }
            }
            return Either.right(id);
        });
    }

    public Either<Problem, Member> get(GetMember c) {
        return observer.observe(CONTEXT, "members.get", () -> getUnobserved(c));
    }

    private Either<Problem, Member> getUnobserved(GetMember c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        UserId id = checks.take(UserId.of(c.id()));
        return checks.build(() -> id).flatMap(uid -> Checks.found(ports.members().get(tenant, uid), "member", uid));
    }

    public Either<Problem, Member> byEmail(FindMemberByEmail c) {
        return observer.observe(CONTEXT, "members.byEmail", () -> byEmailUnobserved(c));
    }

    private Either<Problem, Member> byEmailUnobserved(FindMemberByEmail c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        Email email = checks.take(Email.of(c.email()));
        return checks.build(() -> email)
                .flatMap(e -> Checks.found(ports.members().byEmail(tenant, e), "member with email", e));
    }

    public Either<Problem, List<Member>> getAll(GetMembers c) {
        return observer.observe(CONTEXT, "members.getAll", () -> getAllUnobserved(c));
    }

    private Either<Problem, List<Member>> getAllUnobserved(GetMembers c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        checks.require(c.ids() != null && c.ids().size() <= MAX_BATCH, "ids", c.ids() == null ? null : c.ids().size(),
                "must be a list of at most " + MAX_BATCH);
        List<UserId> ids = new ArrayList<>();
        if (c.ids() != null) {
            for (String s : c.ids()) {
                UserId id = checks.take(UserId.of(s));
                if (id != null && !ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        return checks.build(() -> ids).flatMap(list -> ports.members().getAll(tenant, list));
    }

    public Either<Problem, Page<Member>> search(SearchMembers c) {
        return observer.observe(CONTEXT, "members.search", () -> searchUnobserved(c));
    }

    private Either<Problem, Page<Member>> searchUnobserved(SearchMembers c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        String background = checks.optionalText("culturalBackground", c.culturalBackground(), 1, 60);
        String need = checks.optionalText("supportNeed", c.supportNeed(), 1, 60);
        Option<DiagnosisStage> stage = checks.optionalEnum("diagnosisStage", c.diagnosisStage(),
                DiagnosisStage.class);
        PageRequest page = checks.page(c.limit(), c.after());
        return checks.build(() -> new MemberSearch(Option.of(background), Option.of(need), stage))
                .flatMap(s -> ports.members().search(tenant, s, page));
    }

    /** A commutative counter change, atomic in the repository and retried when the backend reports a conflict. */
    Either<Problem, Member> addStats(TenantId tenant, UserId id, MemberStats delta) {
        return Retry.onConflict(STATS_ATTEMPTS, () -> ports.members().addStats(tenant, id, delta,
                ports.clock().instant()));
    }
}
