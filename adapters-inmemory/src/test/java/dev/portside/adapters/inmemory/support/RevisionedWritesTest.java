package dev.portside.adapters.inmemory.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.circles.BatchOutcome;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RevisionedWritesTest {

    private static final TenantId ACME = new TenantId("acme");
    private static final TenantId GLOBEX = new TenantId("globex");

    record Note(TenantId tenant, String id, List<String> lines, Revision revision) {
        Note {
            lines = List.copyOf(lines);
        }

        Note withRevision(Revision next) {
            return new Note(tenant, id, lines, next);
        }

        Note with(String line) {
            List<String> more = new ArrayList<>(lines);
            more.add(line);
            return new Note(tenant, id, more, revision);
        }
    }

    private final RevisionedWrites<Note> notes =
            RevisionedWrites.of("note", Note::tenant, Note::id, Note::revision, Note::withRevision);

    private static Note note(TenantId tenant, String id) {
        return new Note(tenant, id, List.of(), new Revision(9));
    }

    @Test
    void createStoresRevisionOneAndRefusesATakenId() {
        assertThat(notes.create(note(ACME, "n-1")).get().revision()).isEqualTo(Revision.INITIAL);
        assertThat(notes.create(note(ACME, "n-1")).getLeft()).isEqualTo(new Problem.AlreadyExists("note", "n-1"));
    }

    @Test
    void aStaleSaveIsAConflictNamingBothRevisions() {
        Note created = notes.create(note(ACME, "n-1")).get();
        Note saved = notes.save(created.with("first")).get();
        assertThat(saved.revision()).isEqualTo(new Revision(2));
        assertThat(notes.save(created.with("late")).getLeft())
                .isEqualTo(new Problem.Conflict("note", "n-1", Revision.INITIAL, new Revision(2)));
        assertThat(notes.delete(created).getLeft())
                .isEqualTo(new Problem.Conflict("note", "n-1", Revision.INITIAL, new Revision(2)));
        assertThat(notes.get(ACME, "n-1")).contains(saved);
    }

    @Test
    void aWriteToAMissingIdIsNotFoundOrAConflictWithNoActualRevision() {
        assertThat(notes.save(note(ACME, "gone")).getLeft()).isEqualTo(new Problem.NotFound("note", "gone"));
        assertThat(notes.whenAbsent(RevisionedWrites.Absent.CONFLICT).save(note(ACME, "gone")).getLeft())
                .isEqualTo(new Problem.Conflict("note", "gone", new Revision(9), null));
    }

    @Test
    void readsNeverCrossTenants() {
        notes.create(note(ACME, "n-1"));
        assertThat(notes.get(GLOBEX, "n-1")).isEmpty();
        assertThat(notes.all(GLOBEX)).isEmpty();
        assertThat(notes.create(note(GLOBEX, "n-1")).isRight()).isTrue();
        assertThat(notes.all(ACME)).hasSize(1);
    }

    @Test
    void aBatchRefusesEntriesOfAnotherTenantAndTakenIds() {
        notes.create(note(ACME, "taken"));
        BatchOutcome outcome = notes.createAll(ACME, List.of(note(ACME, "new"), note(GLOBEX, "foreign"),
                note(ACME, "taken")));
        assertThat(outcome.written()).containsExactly("new");
        assertThat(outcome.refused().get("foreign")).isInstanceOf(Problem.Invalid.class);
        assertThat(outcome.refused().get("taken")).isEqualTo(new Problem.AlreadyExists("note", "taken"));
        assertThat(notes.get(GLOBEX, "foreign")).isEmpty();
    }

    @Test
    void concurrentSavesAtTheSameRevisionLetExactlyOneWin() throws InterruptedException {
        Note created = notes.create(note(ACME, "n-1")).get();
        List<Boolean> wins = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 64; i++) {
            String line = "line " + i;
            pool.submit(() -> wins.add(notes.save(created.with(line)).isRight()));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(wins.stream().filter(w -> w)).hasSize(1);
        assertThat(notes.get(ACME, "n-1").get().revision()).isEqualTo(new Revision(2));
    }
}
