package dev.portside.adapters.sql.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import io.vavr.control.Either;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Revision-checked writes against the real PostgreSQL, alone and under a concurrent writer. */
class RevisionedWritesTest {

    @RegisterExtension
    static final PostgresBackend BACKEND = PostgresBackend.shared();
    private static final RevisionedWrites ITEMS = RevisionedWrites.on("item", "items",
            Columns.key("tenant", "id").and("note", "revision"));

    private static Jdbi jdbi;
    private static Guard guard;

    @BeforeAll
    static void database() {
        jdbi = SupportDatabase.create();
        guard = Guard.postgres(jdbi);
    }

    private static Query row(Query q, String id, String note, long revision) {
        return q.bind("tenant", "t").bind("id", id).bind("note", note).bind("revision", revision);
    }

    private static Either<Problem, Revision> insert(String id) {
        return guard.handle("insert item", h -> ITEMS.insert(h, id, q -> row(q, id, "first", 1)));
    }

    private static Either<Problem, Revision> update(Handle h, String id, long expected, String note) {
        return ITEMS.update(h, id, new Revision(expected), q -> row(q, id, note, expected + 1));
    }

    @Test
    void an_insert_returns_the_stored_revision_and_a_second_insert_of_the_key_already_exists() {
        assertThat(insert("a1")).contains(Revision.INITIAL);
        assertThat(insert("a1").getLeft()).isEqualTo(new Problem.AlreadyExists("item", "a1"));
    }

    @Test
    void an_update_at_the_stored_revision_returns_the_new_one_and_a_stale_one_reports_the_actual_revision() {
        insert("u1");
        assertThat(guard.handle("update item", h -> update(h, "u1", 1, "second"))).contains(new Revision(2));
        assertThat(guard.handle("update item", h -> update(h, "u1", 1, "stale")).getLeft())
                .isEqualTo(new Problem.Conflict("item", "u1", new Revision(1), new Revision(2)));
        assertThat(SupportDatabase.note(jdbi, "u1")).isEqualTo("second");
    }

    @Test
    void writing_a_row_that_is_gone_is_a_conflict_with_no_actual_revision_or_not_found_when_asked() {
        assertThat(guard.handle("update item", h -> update(h, "none", 3, "x")).getLeft())
                .isEqualTo(new Problem.Conflict("item", "none", new Revision(3), null));
        assertThat(guard.handle("update item", h -> ITEMS.goneIsNotFound().update(h, "none", new Revision(3),
                q -> row(q, "none", "x", 4))).getLeft()).isEqualTo(new Problem.NotFound("item", "none"));
        assertThat(guard.handle("delete item", h -> ITEMS.delete(h, "none", new Revision(1),
                q -> q.bind("tenant", "t").bind("id", "none"))).getLeft())
                .isEqualTo(new Problem.Conflict("item", "none", new Revision(1), null));
    }

    @Test
    void a_delete_at_the_stored_revision_removes_the_row_and_a_stale_delete_keeps_it() {
        insert("d1");
        guard.handle("update item", h -> update(h, "d1", 1, "second")).get();
        assertThat(guard.handle("delete item", h -> ITEMS.delete(h, "d1", new Revision(1),
                q -> q.bind("tenant", "t").bind("id", "d1"))).getLeft())
                .isEqualTo(new Problem.Conflict("item", "d1", new Revision(1), new Revision(2)));
        assertThat(guard.handle("delete item", h -> ITEMS.delete(h, "d1", new Revision(2),
                q -> q.bind("tenant", "t").bind("id", "d1")))).contains(new Revision(2));
        assertThat(SupportDatabase.rows(jdbi, "d1")).isZero();
    }

    @Test
    void a_write_refused_by_a_concurrent_writer_reports_the_revision_it_holds_locked_in_its_own_transaction()
            throws Exception {
        insert("c1");
        CountDownLatch refused = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Either<Problem, Revision>> stale;
        try (Handle writer = jdbi.open()) {
            writer.begin();
            update(writer, "c1", 1, "concurrent").get();
            stale = CompletableFuture.supplyAsync(() -> guard.transaction("update item", h -> {
                Either<Problem, Revision> outcome = update(h, "c1", 1, "stale");
                refused.countDown();
                await(release);
                return Either.right(outcome);
            }).get());
            waitUntilBlocked();
            writer.commit();
        }
        assertThat(refused.await(10, TimeUnit.SECONDS)).isTrue();
        Either<Problem, Revision> third = guard.handle("update item", h -> {
            h.execute("set lock_timeout = '300ms'");
            return update(h, "c1", 2, "third");
        });
        assertThat(third.getLeft()).isInstanceOfSatisfying(Problem.Unavailable.class,
                u -> assertThat(u.cause()).contains("55P03"));
        release.countDown();
        assertThat(stale.get(10, TimeUnit.SECONDS).getLeft())
                .isEqualTo(new Problem.Conflict("item", "c1", new Revision(1), new Revision(2)));
    }

    private static void waitUntilBlocked() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            long waiting = jdbi.withHandle(h -> h.createQuery("select count(*) from pg_stat_activity "
                    + "where wait_event_type = 'Lock' and datname = current_database()").mapTo(Long.class).one());
            if (waiting > 0) {
                return;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("the stale write never waited for the concurrent writer's lock");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
