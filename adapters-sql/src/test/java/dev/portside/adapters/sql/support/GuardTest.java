package dev.portside.adapters.sql.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The guard classifies real PostgreSQL failures, provoked for real, and never repeats what was sent. */
class GuardTest {

    @RegisterExtension
    static final PostgresBackend BACKEND = PostgresBackend.shared();
    private static final String SECRET = "secret-4711@example.com";

    private static Jdbi jdbi;
    private static Guard guard;

    @BeforeAll
    static void database() {
        jdbi = SupportDatabase.create();
        guard = Guard.postgres(jdbi).retrying(Retries.NONE);
        jdbi.useHandle(h -> h.execute("insert into items (tenant, id, note, revision) values "
                + "('t', 'a', 'a', 1), ('t', 'b', 'b', 1), ('t', 's', 's', 1)"));
    }

    private static Problem.Unavailable unavailable(Either<Problem, ?> result) {
        assertThat(result.isLeft()).as("the call failed").isTrue();
        assertThat(result.getLeft()).isInstanceOf(Problem.Unavailable.class);
        return (Problem.Unavailable) result.getLeft();
    }

    @Test
    void a_serialization_failure_between_two_serializable_transactions_is_retriable() {
        Problem.Unavailable failure = unavailable(guard.transaction("bump item", h -> {
            h.execute("set transaction isolation level serializable");
            h.createQuery("select amount from items where id = 's'").mapTo(Long.class).one();
            try (Handle other = jdbi.open()) {
                other.execute("update items set amount = amount + 1 where id = 's'");
            }
            h.execute("update items set amount = amount + 10 where id = 's'");
            return Either.right(true);
        }));
        assertThat(failure).isEqualTo(new Problem.Unavailable("postgres", true,
                "bump item: serialization failure (SQLState 40001)"));
    }

    @Test
    void a_deadlock_between_two_connections_is_retriable_for_the_transaction_chosen_as_victim() throws Exception {
        CyclicBarrier bothLocked = new CyclicBarrier(2);
        CompletableFuture<Either<Problem, Boolean>> first = CompletableFuture.supplyAsync(() -> crossing("a", "b",
                bothLocked));
        CompletableFuture<Either<Problem, Boolean>> second = CompletableFuture.supplyAsync(() -> crossing("b", "a",
                bothLocked));
        List<Either<Problem, Boolean>> results = List.of(first.get(30, TimeUnit.SECONDS),
                second.get(30, TimeUnit.SECONDS));
        assertThat(results).filteredOn(Either::isLeft).singleElement()
                .extracting(Either::getLeft).isEqualTo(new Problem.Unavailable("postgres", true,
                        "cross update: deadlock detected (SQLState 40P01)"));
    }

    private static Either<Problem, Boolean> crossing(String mine, String theirs, CyclicBarrier bothLocked) {
        return guard.transaction("cross update", h -> {
            h.execute("update items set amount = amount + 1 where id = ?", mine);
            try {
                bothLocked.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            h.execute("update items set amount = amount + 1 where id = ?", theirs);
            return Either.right(true);
        });
    }

    @Test
    void a_connection_terminated_by_the_server_is_retriable_connection_loss() {
        Problem.Unavailable failure = unavailable(guard.handle("read item", h -> {
            int pid = h.createQuery("select pg_backend_pid()").mapTo(Integer.class).one();
            try (Handle admin = jdbi.open()) {
                admin.createQuery("select pg_terminate_backend(?)").bind(0, pid).mapTo(Boolean.class).one();
            }
            for (int i = 0; i < 50; i++) {
                h.createQuery("select note from items where id = 'a'").mapTo(String.class).one();
                sleep();
            }
            return Either.right(true);
        }));
        assertThat(failure.retriable()).isTrue();
        assertThat(failure.cause()).startsWith("read item: ").matches(".*SQLState (08006|57P01)\\)");
    }

    @Test
    void a_refused_statement_is_not_retriable_and_its_parameters_never_reach_the_cause() {
        Problem.Unavailable badInput = unavailable(guard.handle("read amount", h -> Either.right(h.createQuery(
                "select cast(:amount as bigint)").bind("amount", SECRET).mapTo(Long.class).one())));
        assertThat(badInput).isEqualTo(new Problem.Unavailable("postgres", false,
                "read amount: data exception (SQLState 22P02)"));
        Problem.Unavailable duplicate = unavailable(guard.transaction("insert item", h -> {
            h.execute("insert into items (tenant, id, note, revision) values ('t', ?, ?, 1)", SECRET, SECRET);
            h.execute("insert into items (tenant, id, note, revision) values ('t', ?, ?, 1)", SECRET, SECRET);
            return Either.right(true);
        }));
        assertThat(duplicate).isEqualTo(new Problem.Unavailable("postgres", false,
                "insert item: unique violation (SQLState 23505)"));
        assertThat(badInput.message() + duplicate.message()).doesNotContain("secret", "4711", "values", "cast(", "Key (");
    }

    @Test
    void a_unique_violation_becomes_the_refusal_named_for_its_constraint_and_rolls_the_transaction_back() {
        Either<Problem, Boolean> result = guard.transaction("insert item",
                constraint -> Optional.of(new Problem.AlreadyExists("item via " + constraint, "x")), h -> {
                    h.execute("insert into items (tenant, id, note, revision) values ('t', 'x1', 'x', 1)");
                    h.execute("insert into items (tenant, id, note, revision) values ('t', 'a', 'x', 1)");
                    return Either.right(true);
                });
        assertThat(result.getLeft()).isEqualTo(new Problem.AlreadyExists("item via items_pkey", "x"));
        assertThat(SupportDatabase.rows(jdbi, "x1")).isZero();
    }

    @Test
    void a_refusal_returned_from_a_transaction_rolls_it_back() {
        Either<Problem, Boolean> result = guard.transaction("insert item", h -> {
            h.execute("insert into items (tenant, id, note, revision) values ('t', 'r1', 'x', 1)");
            return Either.left(new Problem.NotFound("item", "r1"));
        });
        assertThat(result.getLeft()).isEqualTo(new Problem.NotFound("item", "r1"));
        assertThat(SupportDatabase.rows(jdbi, "r1")).isZero();
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
