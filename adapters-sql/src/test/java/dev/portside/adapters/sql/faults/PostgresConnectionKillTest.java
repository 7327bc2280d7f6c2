package dev.portside.adapters.sql.faults;

import static dev.portside.testkit.circles.CircleFixtures.circle;
import static dev.portside.testkit.circles.CircleFixtures.member;
import static dev.portside.testkit.circles.CircleFixtures.membership;
import static dev.portside.testkit.content.ContentFixtures.item;
import static dev.portside.testkit.progress.ProgressFixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.circles.Circle;
import dev.portside.domain.circles.CircleChange;
import dev.portside.domain.circles.CircleId;
import dev.portside.domain.circles.CircleType;
import dev.portside.domain.circles.Member;
import dev.portside.domain.circles.MemberStats;
import dev.portside.domain.circles.Membership;
import dev.portside.domain.circles.MembershipStatus;
import dev.portside.domain.circles.MembershipWrite;
import dev.portside.domain.circles.Role;
import dev.portside.domain.kernel.UserId;
import dev.portside.domain.content.CertificationType;
import dev.portside.domain.content.ContentId;
import dev.portside.domain.content.ContentItem;
import dev.portside.domain.content.ContentKey;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.progress.ProgressEntry;
import dev.portside.domain.progress.ProgressEvent;
import dev.portside.domain.progress.ProgressKey;
import dev.portside.domain.progress.ProgressState;
import dev.portside.testkit.circles.CircleFixtures;
import dev.portside.testkit.progress.ProgressFixtures;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Connections killed with {@code pg_terminate_backend} at seeded points of a sequence of content, progress, member and
 * circle writes: every answer equals the in-memory model's, and so does the state afterwards (nothing lost, nothing
 * applied twice, nothing half-written).
 */
class PostgresConnectionKillTest {

    @RegisterExtension
    static final PostgresBackend BACKEND = PostgresBackend.shared();
    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");
    private static final PageRequest ALL = new PageRequest(1000, Option.none());
    private static final int STEPS = 80;

    private final TenantId tenant = CircleFixtures.freshTenant();
    private final Stores model = Stores.inMemory();
    private Stores subject;
    private ConnectionKiller killer;
    private Random random;

    @Test
    void writes_whose_connection_is_killed_at_random_points_end_exactly_as_in_the_model() throws Exception {
        FaultSeed seed = FaultSeed.pick("PostgresConnectionKillTest.seeded");
        run(seed, new ConnectionKiller(Stores.database(), seed, 0.2, 2), STEPS);
    }

    @Test
    void every_write_whose_answer_is_lost_after_it_committed_recognises_itself_as_in_the_model() throws Exception {
        FaultSeed seed = FaultSeed.pick("PostgresConnectionKillTest.afterCommit");
        run(seed, ConnectionKiller.afterEachWrite(Stores.database(), seed), STEPS / 2);
    }

    private void run(FaultSeed seed, ConnectionKiller killing, int steps) throws Exception {
        killer = killing;
        subject = Stores.postgres(killer.jdbi());
        random = seed.random;
        seed.replayable(() -> {
            for (int step = 0; step < steps; step++) {
                switch (random.nextInt(4)) {
                    case 0 -> content(step);
                    case 1 -> progress(step);
                    case 2 -> members(step);
                    default -> circles(step);
                }
            }
            killer.disarm();
            sameState();
            assertThat(seed.faults()).as("faults injected").isNotEmpty();
        });
    }

    private <T> void same(String operation, Function<Stores, Either<Problem, T>> write) {
        Either<Problem, T> expected = write.apply(model);
        killer.operation(operation);
        Either<Problem, T> actual = write.apply(subject);
        killer.disarm();
        assertThat(actual).as(operation).isEqualTo(expected);
    }

    private static <T> T get(Either<Problem, Option<T>> found) {
        return found.get().getOrNull();
    }

    private void content(int step) {
        ContentKey key = new ContentKey(new ContentId("c" + random.nextInt(3)), CertificationType.SAA);
        ContentItem current = get(model.content().find(tenant, key));
        int choice = random.nextInt(10);
        if (current == null) {
            same("create content " + key, s -> s.content().create(item(tenant, key.id().value(), key.certification())));
        } else if (choice < 6) {
            same("save content " + key, s -> s.content().save(current.withActive(!current.active(), at(step))));
        } else if (choice < 8) {
            same("stale save content " + key, s -> s.content().save(current.withRevision(current.revision().next())));
        } else {
            same("delete content " + key, s -> s.content().delete(tenant, key, current.revision()));
        }
    }

    private void progress(int step) {
        ProgressKey key = ProgressFixtures.key("u" + random.nextInt(2), "c" + random.nextInt(2), CertificationType.SAA);
        ProgressEntry current = get(model.progress().find(tenant, key));
        int choice = random.nextInt(10);
        if (current == null && choice < 5) {
            same("create progress " + key, s -> s.progress().create(entry(tenant, key, at(step))));
        } else if (current == null || choice < 2) {
            ProgressKey other = ProgressFixtures.key("u9", "c" + step, CertificationType.SAA);
            same("import progress " + key, s -> s.progress().importAll(tenant,
                    List.of(entry(tenant, key, at(step)), entry(tenant, other, at(step)))));
        } else if (choice < 8) {
            ProgressEvent event = new ProgressEvent(key, ProgressState.values()[random.nextInt(4)],
                    Option.of(BigDecimal.valueOf(random.nextInt(100))), Duration.ofSeconds(30), Option.of("s" + step),
                    at(step));
            same("save progress " + key, s -> s.progress().save(current.record(event)));
        } else {
            same("delete progress " + key, s -> s.progress().delete(tenant, key, current.revision()));
        }
    }

    private void members(int step) {
        String id = "m" + random.nextInt(3);
        Member current = get(model.members().get(tenant, new UserId(id)));
        int choice = random.nextInt(10);
        if (current == null && choice < 5) {
            same("create member " + id, s -> s.members().create(member(tenant, id, id + "@example.com")));
        } else if (current == null) {
            same("create members " + id, s -> s.members().createAll(tenant, List.of(
                    member(tenant, id, id + "@example.com"), member(tenant, "x" + step, "x" + step + "@example.com"))));
        } else if (choice < 8) {
            same("save member " + id, s -> s.members().save(current.withStats(new MemberStats(1, 0, 0, 0), at(step))));
        } else {
            same("stale save member " + id, s -> s.members().save(current.withRevision(current.revision().next())));
        }
    }

    private void circles(int step) {
        String id = "k" + random.nextInt(2);
        Circle current = get(model.circles().get(tenant, new CircleId(id)));
        if (current == null) {
            same("create circle " + id, s -> s.circles().create(circle(tenant, id, "m0", CircleType.WELLNESS, 10),
                    membership(tenant, id, "m0", Role.OWNER, MembershipStatus.ACTIVE)));
            return;
        }
        String who = "m" + (1 + random.nextInt(2));
        Membership joined = get(model.circles().membership(tenant, current.id(), new UserId(who)));
        if (joined == null) {
            same("join circle " + id + " " + who, s -> s.circles().apply(CircleChange.of(
                    current.withStats(current.stats().withMembers(1), at(step)),
                    new MembershipWrite.Create(membership(tenant, id, who, Role.MEMBER, MembershipStatus.ACTIVE)))));
        } else if (random.nextBoolean()) {
            same("promote in circle " + id + " " + who, s -> s.circles().apply(CircleChange.of(
                    current.withStats(current.stats(), at(step)),
                    new MembershipWrite.Update(joined.with(Role.MODERATOR, MembershipStatus.ACTIVE, at(step))))));
        } else {
            same("leave circle " + id + " " + who, s -> s.circles().apply(CircleChange.of(
                    current.withStats(current.stats().withMembers(-1), at(step)), new MembershipWrite.Delete(joined))));
        }
    }

    private void sameState() {
        for (int c = 0; c < 3; c++) {
            ContentKey key = new ContentKey(new ContentId("c" + c), CertificationType.SAA);
            assertThat(subject.content().find(tenant, key)).as("content " + key)
                    .isEqualTo(model.content().find(tenant, key));
            assertThat(items(subject.content().history(tenant, key, ALL))).as("versions of " + key)
                    .isEqualTo(items(model.content().history(tenant, key, ALL)));
        }
        for (int u = 0; u < 2; u++) {
            for (int c = 0; c < 2; c++) {
                ProgressKey key = ProgressFixtures.key("u" + u, "c" + c, CertificationType.SAA);
                assertThat(subject.progress().find(tenant, key)).as("progress " + key)
                        .isEqualTo(model.progress().find(tenant, key));
            }
        }
        for (int step = 0; step < STEPS; step++) {
            ProgressKey other = ProgressFixtures.key("u9", "c" + step, CertificationType.SAA);
            assertThat(subject.progress().find(tenant, other)).as("progress " + other)
                    .isEqualTo(model.progress().find(tenant, other));
            UserId extra = new UserId("x" + step);
            assertThat(subject.members().get(tenant, extra)).as("member " + extra)
                    .isEqualTo(model.members().get(tenant, extra));
        }
        for (int m = 0; m < 3; m++) {
            UserId id = new UserId("m" + m);
            assertThat(subject.members().get(tenant, id)).as("member " + id).isEqualTo(model.members().get(tenant, id));
        }
        for (int k = 0; k < 2; k++) {
            CircleId id = new CircleId("k" + k);
            assertThat(subject.circles().get(tenant, id)).as("circle " + id).isEqualTo(model.circles().get(tenant, id));
            assertThat(items(subject.circles().members(tenant, id, Option.none(), Option.none(), ALL)))
                    .as("members of " + id)
                    .isEqualTo(items(model.circles().members(tenant, id, Option.none(), Option.none(), ALL)));
        }
    }

    private static <T> List<T> items(Either<Problem, Page<T>> page) {
        return page.get().items();
    }

    private static Instant at(int step) {
        return T0.plusSeconds(step);
    }
}
