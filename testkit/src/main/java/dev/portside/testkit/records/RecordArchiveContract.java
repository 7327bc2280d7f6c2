package dev.portside.testkit.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.kernel.Cursor;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.ArchivedRecord;
import dev.portside.domain.records.Envelope;
import dev.portside.domain.records.RecordArchive;
import dev.portside.domain.records.RecordId;
import dev.portside.domain.records.RecordRef;
import dev.portside.domain.records.Retention;
import dev.portside.domain.records.SealedRecord;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeTry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RecordArchive} must do: create-once with idempotent identical puts, COMPLIANCE
 * WORM (no change or delete before retain-until or under legal hold, retention only extended),
 * tenant isolation and complete day listings; one winner among racing writers of an id; only the wrapped
 * data key may be replaced (re-wrap). Retention is judged by the backend's own clock.
 */
public abstract class RecordArchiveContract {

    protected static final LocalDate DAY = LocalDate.of(2026, 1, 15);

    protected abstract RecordArchive archive();

    private TenantId tenant;

    @BeforeEach
    @BeforeTry
    void freshTenant() {
        tenant = RecordSamples.freshTenant();
    }

    private static Instant onDay(int second) {
        return DAY.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(second);
    }

    private static Instant lockedFor(Duration duration) {
        return Instant.now().plus(duration).truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void aRecordPutIsReadBackUnchangedWithItsRetention() {
        SealedRecord sealed = RecordSamples.sealed(tenant, "r-1", onDay(10), "a");
        Instant until = lockedFor(Duration.ofDays(1));

        assertThat(archive().put(sealed, until).get().sealed()).isEqualTo(sealed);

        ArchivedRecord read = archive().get(tenant, sealed.id()).get().get();
        assertThat(read.sealed()).isEqualTo(sealed);
        assertThat(read.retention()).isEqualTo(new Retention(until, false));
    }

    @Test
    void anIdenticalPutIsIdempotentAndADifferentHashIsAConflict() {
        SealedRecord first = RecordSamples.sealed(tenant, "r-1", onDay(10), "a");
        archive().put(first, lockedFor(Duration.ofDays(1)));

        assertThat(archive().put(first, lockedFor(Duration.ofDays(2))).get().sealed()).isEqualTo(first);
        Either<Problem, ArchivedRecord> other = archive().put(RecordSamples.sealed(tenant, "r-1", onDay(10), "b"),
                lockedFor(Duration.ofDays(1)));

        assertThat(other.getLeft()).isInstanceOf(Problem.Conflict.class);
        assertThat(archive().get(tenant, first.id()).get().get().sealed()).isEqualTo(first);
    }

    @Test
    void theSameContentSealedAgainIsAnsweredWithTheStoredRecordAndItsRetention() {
        SealedRecord first = RecordSamples.sealed(tenant, "r-1", onDay(10), "a");
        Instant until = lockedFor(Duration.ofDays(3));
        archive().put(first, until);
        SealedRecord resealed = first.withEnvelope(new Envelope(Envelope.FORMAT_VERSION, "test-key",
                "wrapped-again".getBytes(java.nio.charset.StandardCharsets.UTF_8), true, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12},
                "ciphertext sealed again".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        ArchivedRecord answered = archive().put(resealed, lockedFor(Duration.ofDays(1))).get();

        assertThat(answered.sealed()).isEqualTo(first);
        assertThat(answered.retention().retainUntil()).isEqualTo(until);
        assertThat(archive().get(tenant, first.id()).get().get().sealed()).isEqualTo(first);
    }

    @Test
    void writersRacingOnOneIdWithDifferentContentEndWithOneRecordAndConflictsForTheRest() throws Exception {
        for (int round = 0; round < 3; round++) {
            String id = "race-" + round;
            List<SealedRecord> contenders = IntStream.range(0, 4)
                    .mapToObj(i -> RecordSamples.sealed(tenant, id, onDay(10), "v" + i)).toList();

            List<Either<Problem, ArchivedRecord>> results = Concurrently.run(contenders.size(),
                    i -> archive().put(contenders.get(i), lockedFor(Duration.ofDays(1))));

            List<ArchivedRecord> won = results.stream().filter(Either::isRight).map(Either::get).toList();
            assertThat(won).as("round %s: %s", round, results).hasSize(1);
            assertThat(results.stream().filter(Either::isLeft).map(Either::getLeft))
                    .allSatisfy(p -> assertThat(p).isInstanceOf(Problem.Conflict.class));
            assertThat(archive().get(tenant, new RecordId(id)).get().get().sealed()).isEqualTo(won.get(0).sealed());
        }
    }

    @Test
    void aRewrapReplacesOnlyTheWrappedDataKey() {
        SealedRecord sealed = RecordSamples.sealed(tenant, "r-1", onDay(10), "a");
        Instant until = lockedFor(Duration.ofDays(1));
        archive().put(sealed, until);
        Envelope rewrapped = sealed.envelope().withKey("key-2", new byte[] {7, 7, 7});

        assertThat(archive().rewrap(tenant, sealed.id(), rewrapped).get().sealed().envelope()).isEqualTo(rewrapped);

        ArchivedRecord read = archive().get(tenant, sealed.id()).get().get();
        assertThat(read.sealed()).isEqualTo(sealed.withEnvelope(rewrapped));
        assertThat(read.retention()).isEqualTo(new Retention(until, false));
    }

    @Test
    void aRewrapThatChangesTheContentIsRejectedAndAMissingRecordNotFound() {
        SealedRecord sealed = RecordSamples.sealed(tenant, "r-1", onDay(10), "a");
        archive().put(sealed, lockedFor(Duration.ofDays(1)));

        assertThat(archive().rewrap(tenant, sealed.id(), sealed.envelope().withCiphertext(new byte[] {1})).getLeft())
                .isInstanceOf(Problem.Rejected.class);
        assertThat(archive().rewrap(tenant, new RecordId("nope"), sealed.envelope()).getLeft())
                .isInstanceOf(Problem.NotFound.class);
        assertThat(archive().get(tenant, sealed.id()).get().get().sealed()).isEqualTo(sealed);
    }

    @Test
    void aRecordCannotBeDeletedBeforeItsRetainUntil() {
        SealedRecord sealed = RecordSamples.sealed(tenant, "r-1", onDay(10), "a");
        archive().put(sealed, lockedFor(Duration.ofDays(1)));

        assertThat(archive().delete(tenant, sealed.id()).getLeft()).isInstanceOf(Problem.Rejected.class);
        assertThat(archive().get(tenant, sealed.id()).get().get().sealed()).isEqualTo(sealed);
    }

    @Test
    void retentionIsExtendedButNeverShortened() {
        SealedRecord sealed = RecordSamples.sealed(tenant, "r-1", onDay(10), "a");
        Instant until = lockedFor(Duration.ofDays(1));
        archive().put(sealed, until);

        Instant later = until.plus(Duration.ofDays(30));
        assertThat(archive().extendRetention(tenant, sealed.id(), later).get().retainUntil()).isEqualTo(later);
        assertThat(archive().extendRetention(tenant, sealed.id(), until).getLeft()).isInstanceOf(Problem.Rejected.class);
        assertThat(archive().get(tenant, sealed.id()).get().get().retention().retainUntil()).isEqualTo(later);
    }

    @Test
    void aLegalHoldBlocksDeletionEvenAfterRetentionUntilReleased() throws InterruptedException {
        SealedRecord sealed = RecordSamples.sealed(tenant, "r-1", onDay(10), "a");
        archive().put(sealed, Instant.now().plusSeconds(2));
        assertThat(archive().legalHold(tenant, sealed.id(), true).get().legalHold()).isTrue();

        Thread.sleep(2500);
        assertThat(archive().delete(tenant, sealed.id()).getLeft()).isInstanceOf(Problem.Rejected.class);
        assertThat(archive().legalHold(tenant, sealed.id(), false).get().legalHold()).isFalse();

        assertThat(archive().delete(tenant, sealed.id()).get()).isEqualTo(sealed.id());
        assertThat(archive().get(tenant, sealed.id()).get()).isEmpty();
    }

    @Test
    void changingAMissingRecordIsNotFound() {
        RecordId missing = new RecordId("missing");
        assertThat(archive().get(tenant, missing).get()).isEmpty();
        assertThat(archive().legalHold(tenant, missing, true).getLeft()).isInstanceOf(Problem.NotFound.class);
        assertThat(archive().extendRetention(tenant, missing, lockedFor(Duration.ofDays(1))).getLeft())
                .isInstanceOf(Problem.NotFound.class);
        assertThat(archive().delete(tenant, missing).getLeft()).isInstanceOf(Problem.NotFound.class);
    }

    @Test
    void anotherTenantSeesNothing() {
        SealedRecord sealed = RecordSamples.sealed(tenant, "r-1", onDay(10), "a");
        archive().put(sealed, lockedFor(Duration.ofDays(1)));
        TenantId other = RecordSamples.freshTenant();

        assertThat(archive().get(other, sealed.id()).get()).isEmpty();
        assertThat(archive().list(other, DAY, PageRequest.first(10)).get().items()).isEmpty();
    }

    @Test
    void aDayListingPagesThroughEveryRecordOfThatDayOnceInIdOrder() {
        List<String> ids = IntStream.range(0, 7).mapToObj(i -> "r-" + i).toList();
        ids.forEach(id -> archive().put(RecordSamples.sealed(tenant, id, onDay(100 + id.hashCode() % 50), "a"),
                lockedFor(Duration.ofDays(1))));
        archive().put(RecordSamples.sealed(tenant, "r-next-day", onDay(86_400 + 5), "a"), lockedFor(Duration.ofDays(1)));

        List<String> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(3);
        while (true) {
            Page<RecordRef> page = archive().list(tenant, DAY, request).get();
            assertThat(page.items().size()).isLessThanOrEqualTo(3);
            page.items().forEach(ref -> seen.add(ref.id().value()));
            if (page.next().isEmpty()) {
                break;
            }
            assertThat(page.items()).hasSize(3);
            request = request.after(page.next().get());
        }
        assertThat(seen).containsExactlyElementsOf(ids);
    }

    @Test
    void aForgedOrForeignCursorIsInvalid() {
        IntStream.range(0, 3).forEach(i -> archive().put(RecordSamples.sealed(tenant, "r-" + i, onDay(i), "a"),
                lockedFor(Duration.ofDays(1))));
        Cursor next = archive().list(tenant, DAY, PageRequest.first(1)).get().next().get();

        assertThat(archive().list(RecordSamples.freshTenant(), DAY, PageRequest.first(1).after(next)).getLeft())
                .isInstanceOf(Problem.Invalid.class);
        assertThat(archive().list(tenant, DAY.plusDays(1), PageRequest.first(1).after(next)).getLeft())
                .isInstanceOf(Problem.Invalid.class);
        assertThat(archive().list(tenant, DAY, PageRequest.first(1).after(new Cursor("forged.x"))).getLeft())
                .isInstanceOf(Problem.Invalid.class);
    }

    /** WORM: whatever happens, an archived record keeps its content and never loses retention before its time. */
    @Property(tries = 25)
    void noSequenceOfOperationsChangesOrDeletesALockedRecord(@ForAll("actions") List<Action> actions) {
        Map<String, SealedRecord> first = new HashMap<>();
        Map<String, Instant> retained = new HashMap<>();
        for (Action action : actions) {
            RecordId id = new RecordId("w-" + action.slot());
            SealedRecord candidate = RecordSamples.sealed(tenant, id.value(), onDay(action.slot()), action.variant());
            switch (action.kind()) {
                case PUT -> archive().put(candidate, lockedFor(Duration.ofDays(1 + action.days())))
                        .peek(a -> first.putIfAbsent(id.value(), a.sealed()))
                        .peek(a -> retained.putIfAbsent(id.value(), a.retention().retainUntil()));
                case DELETE -> archive().delete(tenant, id);
                case EXTEND -> archive().extendRetention(tenant, id, lockedFor(Duration.ofDays(action.days())));
                case HOLD -> archive().legalHold(tenant, id, true);
                case RELEASE -> archive().legalHold(tenant, id, false);
            }
            for (Map.Entry<String, SealedRecord> e : first.entrySet()) {
                Option<ArchivedRecord> now = archive().get(tenant, new RecordId(e.getKey())).get();
                assertThat(now).as("record %s is still archived", e.getKey()).isNotEmpty();
                assertThat(now.get().sealed()).isEqualTo(e.getValue());
                assertThat(now.get().retention().retainUntil()).isAfterOrEqualTo(retained.get(e.getKey()));
                retained.put(e.getKey(), now.get().retention().retainUntil());
            }
        }
    }

    public enum Kind { PUT, DELETE, EXTEND, HOLD, RELEASE }

    public record Action(Kind kind, int slot, String variant, int days) {
    }

    @Provide
    Arbitrary<List<Action>> actions() {
        Arbitrary<Action> action = net.jqwik.api.Combinators.combine(
                Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 2),
                Arbitraries.of("a", "b"), Arbitraries.integers().between(0, 60)).as(Action::new);
        return action.list().ofMinSize(1).ofMaxSize(8);
    }
}
