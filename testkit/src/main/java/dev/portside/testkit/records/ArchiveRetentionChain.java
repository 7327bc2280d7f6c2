package dev.portside.testkit.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.ArchivedRecord;
import dev.portside.domain.records.RecordArchive;
import dev.portside.domain.records.RecordId;
import dev.portside.domain.records.Retention;
import dev.portside.domain.records.SealedRecord;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * The retention of archived records as a jqwik action chain on a {@link RecordArchive}: random sequences of
 * extensions (to an earlier, the same or a later instant), legal holds placed and released, deletion attempts and
 * puts of the same or other content on two records locked into the future, each answer checked against a model of
 * retain-until and hold: an extension is granted exactly when it does not shorten (else {@code Rejected}), a hold
 * answers the retention it leaves, a delete before retain-until is {@code Rejected}, an identical put answers the
 * stored retention and another content is a {@code Conflict}. After every step each record reads back with its
 * content and the modelled retention. Retention is judged by the backend's own clock, so time does not pass here:
 * {@code RetentionProperties} in the domain covers deletion after retain-until.
 */
@PropertyDefaults(tries = 60)
public abstract class ArchiveRetentionChain {

    private static final int RECORDS = 2;

    protected abstract RecordArchive archive();

    /** The longest chain a try runs; a subclass on a real backend may shorten it. */
    protected int maxSteps() {
        return 20;
    }

    /** One record as the model sees it. */
    static final class Locked {

        final SealedRecord sealed;
        Instant retainUntil;
        boolean hold;

        Locked(SealedRecord sealed, Instant retainUntil) {
            this.sealed = sealed;
            this.retainUntil = retainUntil;
        }

        Retention retention() {
            return new Retention(retainUntil, hold);
        }
    }

    /** The archive under test and the model of its records in a fresh tenant. */
    static final class World {

        private final RecordArchive archive;
        private final TenantId tenant = RecordSamples.freshTenant();
        private final List<Locked> records = new ArrayList<>();

        World(RecordArchive archive) {
            this.archive = archive;
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            for (int i = 0; i < RECORDS; i++) {
                SealedRecord sealed = RecordSamples.sealed(tenant, "k-" + i, now, "a");
                Instant until = now.plus(Duration.ofDays(1 + i));
                ArchivedRecord put = right("put", archive.put(sealed, until));
                assertThat(put.retention()).isEqualTo(new Retention(until, false));
                records.add(new Locked(sealed, until));
            }
        }

        private RecordId id(Locked record) {
            return record.sealed.id();
        }

        void extend(int slot, long hours) {
            Locked record = records.get(slot);
            Instant until = record.retainUntil.plus(Duration.ofHours(hours));
            Either<Problem, Retention> answer = archive.extendRetention(tenant, id(record), until);
            if (until.isBefore(record.retainUntil)) {
                expect(answer, Problem.Rejected.class);
                return;
            }
            record.retainUntil = until;
            assertThat(right("extend", answer)).isEqualTo(record.retention());
        }

        void hold(int slot, boolean on) {
            Locked record = records.get(slot);
            Either<Problem, Retention> answer = archive.legalHold(tenant, id(record), on);
            record.hold = on;
            assertThat(right(on ? "hold" : "release", answer)).isEqualTo(record.retention());
        }

        void delete(int slot) {
            expect(archive.delete(tenant, id(records.get(slot))), Problem.Rejected.class);
        }

        void putAgain(int slot, boolean sameContent, long days) {
            Locked record = records.get(slot);
            SealedRecord candidate = sameContent ? record.sealed
                    : RecordSamples.sealed(tenant, id(record).value(), record.sealed.timestamp(), "b");
            Either<Problem, ArchivedRecord> answer = archive.put(candidate,
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(days)));
            if (!sameContent) {
                expect(answer, Problem.Conflict.class);
                return;
            }
            ArchivedRecord stored = right("put again", answer);
            assertThat(stored.sealed()).isEqualTo(record.sealed);
            assertThat(stored.retention()).isEqualTo(record.retention());
        }

        /** What holds after every step. */
        void holds() {
            for (Locked record : records) {
                Option<ArchivedRecord> read = right("get", archive.get(tenant, id(record)));
                assertThat(read).as("%s is archived", id(record)).isNotEmpty();
                assertThat(read.get().sealed()).isEqualTo(record.sealed);
                assertThat(read.get().retention()).as("retention of %s", id(record)).isEqualTo(record.retention());
            }
        }

        private static <T> T right(String step, Either<Problem, T> answer) {
            assertThat(answer.isRight()).as("%s: %s", step, answer).isTrue();
            return answer.get();
        }

        private static void expect(Either<Problem, ?> answer, Class<? extends Problem> kind) {
            assertThat(answer.isLeft()).as("expected %s, got %s", kind.getSimpleName(), answer).isTrue();
            assertThat(answer.getLeft()).isInstanceOf(kind);
        }
    }

    private static Arbitrary<Integer> slots() {
        return Arbitraries.integers().between(0, RECORDS - 1);
    }

    private static Action.Independent<World> step(Arbitrary<Transformer<World>> transformers) {
        return () -> transformers;
    }

    @Provide
    Arbitrary<ActionChain<World>> histories() {
        return ActionChain.startWith(() -> new World(archive()))
                .withAction(4, step(Combinators.combine(slots(), Arbitraries.of(-25L, -1L, 0L, 1L, 24L, 240L))
                        .as((slot, hours) -> Transformer.mutate("extend k-" + slot + " by " + hours + " h",
                                w -> w.extend(slot, hours)))))
                .withAction(2, step(slots().map(slot -> Transformer.mutate("hold k-" + slot, w -> w.hold(slot, true)))))
                .withAction(2, step(slots().map(slot -> Transformer.mutate("release k-" + slot,
                        w -> w.hold(slot, false)))))
                .withAction(2, step(slots().map(slot -> Transformer.mutate("delete k-" + slot, w -> w.delete(slot)))))
                .withAction(1, step(Combinators.combine(slots(), Arbitraries.of(true, false),
                        Arbitraries.integers().between(1, 30)).as((slot, same, days) -> Transformer.mutate(
                        "put k-" + slot + (same ? " again" : " with other content") + " for " + days + " days",
                        w -> w.putAgain(slot, same, days)))))
                .withMaxTransformations(maxSteps());
    }

    @Property
    void every_answer_and_read_follows_the_retention_model(@ForAll("histories") ActionChain<World> chain) {
        chain.withInvariant("records read back as modelled", World::holds).run();
    }
}
