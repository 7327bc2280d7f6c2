package dev.portside.adapters.sql.faults;

import static dev.portside.testkit.circles.CircleFixtures.member;
import static dev.portside.testkit.progress.ProgressFixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.sql.support.Guard;
import dev.portside.adapters.sql.support.Retries;
import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.circles.Member;
import dev.portside.domain.circles.MemberStats;
import dev.portside.domain.kernel.UserId;
import dev.portside.domain.content.CertificationType;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.progress.ProgressEntry;
import dev.portside.domain.progress.ProgressKey;
import dev.portside.testkit.circles.CircleFixtures;
import dev.portside.testkit.progress.ProgressFixtures;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Serialization failures (40001) and deadlocks (40P01) provoked for real between two workers: the guard reruns the
 * losing transaction, so every write lands exactly once, as in the in-memory model.
 */
class PostgresContentionTest {

    @RegisterExtension
    static final PostgresBackend BACKEND = PostgresBackend.shared();
    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");

    private static Jdbi items() {
        Jdbi jdbi = PostgresBackend.jdbi(PostgresBackend.shared().newDatabase());
        jdbi.useHandle(h -> h.execute("create table items (id text primary key, amount bigint not null)"));
        jdbi.useHandle(h -> h.execute("insert into items values ('a', 0), ('b', 0)"));
        return jdbi;
    }

    private static long amount(Jdbi jdbi, String id) {
        return jdbi.withHandle(h -> h.createQuery("select amount from items where id = ?").bind(0, id)
                .mapTo(Long.class).one());
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other worker never came", e);
        }
    }

    private static <T> List<T> both(java.util.function.Supplier<T> first, java.util.function.Supplier<T> second)
            throws Exception {
        CompletableFuture<T> one = CompletableFuture.supplyAsync(first);
        CompletableFuture<T> two = CompletableFuture.supplyAsync(second);
        return List.of(one.get(60, TimeUnit.SECONDS), two.get(60, TimeUnit.SECONDS));
    }

    @Test
    void a_serialization_failure_between_two_serializable_increments_is_rerun_and_neither_is_lost() throws Exception {
        Jdbi jdbi = items();
        Guard guard = Guard.postgres(jdbi).retrying(Retries.STANDARD);
        CyclicBarrier bothRead = new CyclicBarrier(2);
        AtomicInteger runs = new AtomicInteger();
        java.util.function.Supplier<Either<Problem, Long>> increment = () -> guard.transaction("increment", h -> {
            boolean first = runs.incrementAndGet() <= 2;
            h.execute("set transaction isolation level serializable");
            long read = h.createQuery("select amount from items where id = 'a'").mapTo(Long.class).one();
            if (first) {
                await(bothRead);
            }
            h.execute("update items set amount = ? where id = 'a'", read + 1);
            return Either.right(read + 1);
        });
        assertThat(both(increment, increment)).allMatch(Either::isRight);
        assertThat(amount(jdbi, "a")).as("both increments, once each").isEqualTo(2);
        assertThat(runs.get()).as("runs, one of them a rerun after 40001").isEqualTo(3);
    }

    @Test
    void a_deadlock_between_two_crossing_transactions_is_rerun_and_each_applies_once() throws Exception {
        Jdbi jdbi = items();
        Guard guard = Guard.postgres(jdbi).retrying(Retries.STANDARD);
        CyclicBarrier bothLocked = new CyclicBarrier(2);
        AtomicInteger runs = new AtomicInteger();
        List<Either<Problem, Boolean>> results = both(() -> crossing(guard, "a", "b", bothLocked, runs),
                () -> crossing(guard, "b", "a", bothLocked, runs));
        assertThat(results).allMatch(Either::isRight);
        assertThat(List.of(amount(jdbi, "a"), amount(jdbi, "b"))).as("each transaction once").containsExactly(2L, 2L);
        assertThat(runs.get()).as("runs, one of them a rerun after 40P01").isEqualTo(3);
    }

    private static Either<Problem, Boolean> crossing(Guard guard, String mine, String theirs, CyclicBarrier bothLocked,
                                                     AtomicInteger runs) {
        return guard.transaction("cross update", h -> {
            boolean first = runs.incrementAndGet() <= 2;
            h.execute("update items set amount = amount + 1 where id = ?", mine);
            if (first) {
                await(bothLocked);
            }
            h.execute("update items set amount = amount + 1 where id = ?", theirs);
            return Either.right(true);
        });
    }

    @Test
    void concurrent_member_stats_under_serializable_isolation_sum_up_as_in_the_model() throws Exception {
        FaultSeed seed = FaultSeed.pick("PostgresContentionTest.stats");
        DataSource database = Stores.database();
        Jdbi jdbi = PostgresBackend.jdbi(database);
        jdbi.useHandle(h -> h.execute("alter database " + h.createQuery("select current_database()")
                .mapTo(String.class).one() + " set default_transaction_isolation = 'serializable'"));
        TenantId tenant = CircleFixtures.freshTenant();
        Stores subject = Stores.postgres(jdbi);
        Stores model = Stores.inMemory();
        Member member = member(tenant, "m1", "m1@example.com");
        subject.members().create(member).get();
        model.members().create(member).get();
        List<Integer> deltas = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            deltas.add(1 + seed.random.nextInt(5));
        }
        seed.replayable(() -> {
            List<List<Integer>> applied = both(() -> addAll(subject, tenant, deltas.subList(0, 20)),
                    () -> addAll(subject, tenant, deltas.subList(20, 40)));
            for (List<Integer> worker : applied) {
                for (int delta : worker) {
                    model.members().addStats(tenant, new UserId("m1"), new MemberStats(delta, 0, 0, 0), T0).get();
                }
            }
            assertThat(applied.get(0).size() + applied.get(1).size()).as("increments acknowledged").isPositive();
            assertThat(subject.members().get(tenant, new UserId("m1")).get().get().stats())
                    .isEqualTo(model.members().get(tenant, new UserId("m1")).get().get().stats());
            assertThat(isolation(jdbi)).isEqualTo("serializable");
        });
    }

    /** The deltas acknowledged; a refused one (rolled back after its reruns) is left out. */
    private static List<Integer> addAll(Stores stores, TenantId tenant, List<Integer> deltas) {
        List<Integer> applied = new ArrayList<>();
        for (int delta : deltas) {
            Either<Problem, Member> result = stores.members().addStats(tenant, new UserId("m1"),
                    new MemberStats(delta, 0, 0, 0), T0);
            if (result.isRight()) {
                applied.add(delta);
            } else {
                assertThat(result.getLeft()).isInstanceOfSatisfying(Problem.Unavailable.class,
                        u -> assertThat(u.cause()).contains("40001"));
            }
        }
        return applied;
    }

    private static String isolation(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("show transaction_isolation").mapTo(String.class).one());
    }

    @Test
    void progress_imports_crossing_each_other_end_as_in_the_model_after_their_deadlocks_are_rerun() throws Exception {
        FaultSeed seed = FaultSeed.pick("PostgresContentionTest.imports");
        Jdbi jdbi = PostgresBackend.jdbi(Stores.database());
        TenantId tenant = CircleFixtures.freshTenant();
        Stores subject = Stores.postgres(jdbi);
        Stores model = Stores.inMemory();
        int size = 40 + seed.random.nextInt(60);
        List<ProgressEntry> ascending = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ProgressKey key = ProgressFixtures.key("u" + seed.random.nextInt(1000), "c" + i, CertificationType.SAA);
            ascending.add(entry(tenant, key, T0));
        }
        List<ProgressEntry> descending = new ArrayList<>(ascending);
        Collections.reverse(descending);
        seed.replayable(() -> {
            for (int round = 0; round < 3; round++) {
                List<Either<Problem, List<ProgressKey>>> results = both(() -> subject.progress().importAll(tenant, ascending),
                        () -> subject.progress().importAll(tenant, descending));
                assertThat(results).as("round " + round).allMatch(Either::isRight);
            }
            model.progress().importAll(tenant, ascending).get();
            for (ProgressEntry e : ascending) {
                assertThat(subject.progress().find(tenant, e.key())).isEqualTo(model.progress().find(tenant, e.key()));
            }
            System.out.println("PostgresContentionTest.imports: deadlocks detected so far " + deadlocks(jdbi));
        });
    }

    private static long deadlocks(Jdbi jdbi) {
        return jdbi.withHandle((Handle h) -> h.createQuery(
                "select deadlocks from pg_stat_database where datname = current_database()").mapTo(Long.class).one());
    }
}
