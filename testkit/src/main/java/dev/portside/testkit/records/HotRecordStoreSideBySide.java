package dev.portside.testkit.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.HotRecord;
import dev.portside.domain.records.HotRecordStore;
import dev.portside.domain.records.Record;
import dev.portside.domain.records.RecordId;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Runs the same random operation sequence on the in-memory reference and on a real hot store and
 * compares every answer: success or the kind of problem, and the records returned.
 */
public abstract class HotRecordStoreSideBySide {

    private static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");

    /** A fresh in-memory reference store. */
    protected abstract HotRecordStore reference();

    protected abstract HotRecordStore subject();

    public enum Op { PUT, PUT_ALL, GET, PRESENT, BY_MODEL, BY_META, COUNTS, CLEANUP }

    public record Step(Op op, int slot, int variant, int limit) {
    }

    @Property(tries = 15)
    void everyAnswerMatchesTheReference(@ForAll("steps") List<Step> steps) {
        HotRecordStore reference = reference();
        TenantId tenant = RecordSamples.freshTenant();
        for (Step step : steps) {
            compare(step, apply(reference, tenant, step), apply(subject(), tenant, step));
        }
    }

    private static void compare(Step step, Either<Problem, Object> expected, Either<Problem, Object> actual) {
        assertThat(actual.isRight()).as("%s succeeds like the reference (%s vs %s)", step, expected, actual)
                .isEqualTo(expected.isRight());
        if (expected.isLeft()) {
            assertThat(actual.getLeft().getClass()).as("%s", step).isEqualTo(expected.getLeft().getClass());
        } else {
            assertThat(actual.get()).as("%s", step).isEqualTo(expected.get());
        }
    }

    private static HotRecord record(TenantId tenant, int slot, int variant) {
        return RecordSamples.hot(Record.of(tenant, "id-" + slot, "source " + variant, "mapped", "m-" + (slot % 2),
                T0.plus(Duration.ofHours(slot)), Map.of("k", "v" + (slot % 3)), T0.plus(Duration.ofDays(3650))).get());
    }

    @SuppressWarnings("unchecked")
    private static Either<Problem, Object> apply(HotRecordStore store, TenantId tenant, Step s) {
        Function<Page<HotRecord>, Object> items = page -> List.of(page.items(), page.hasNext());
        Either<Problem, ?> result = switch (s.op()) {
            case PUT -> store.put(record(tenant, s.slot(), s.variant()));
            case PUT_ALL -> store.putAll(tenant, List.of(record(tenant, s.slot(), s.variant()),
                    record(tenant, s.slot() + 1, 0), record(tenant, s.slot() + 2, 0)));
            case GET -> store.get(tenant, new RecordId("id-" + s.slot()));
            case PRESENT -> store.present(tenant, List.of(new RecordId("id-" + s.slot()), new RecordId("id-" + (s.slot() + 1))));
            case BY_MODEL -> store.byModelVersion(tenant, "m-" + (s.slot() % 2), T0, T0.plus(Duration.ofHours(s.variant() * 3L + 1)),
                    PageRequest.first(s.limit())).map(items);
            case BY_META -> store.byMetadata(tenant, "k", "v" + (s.slot() % 3), PageRequest.first(s.limit())).map(items);
            case COUNTS -> store.countsPerDay(tenant, T0, T0.plus(Duration.ofDays(2)));
            case CLEANUP -> store.deleteOlderThan(tenant, T0.plus(Duration.ofHours(s.slot())), s.limit());
        };
        return (Either<Problem, Object>) result;
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.of(Op.class), Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(1, 4)).as(Step::new).list().ofMaxSize(20);
    }
}
