package dev.portside.testkit.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.RecordArchive;
import dev.portside.domain.records.RecordId;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Runs the same random operation sequence on the in-memory reference archive and on a real one and
 * compares every answer: success or the kind of problem, the records, retention and listings returned.
 */
public abstract class RecordArchiveSideBySide {

    private static final LocalDate DAY = LocalDate.of(2026, 2, 1);

    /** A fresh in-memory reference archive on the system clock. */
    protected abstract RecordArchive reference();

    protected abstract RecordArchive subject();

    public enum Op { PUT, GET, EXTEND, HOLD, RELEASE, DELETE, LIST }

    public record Step(Op op, int slot, int variant, int days) {
    }

    @Property(tries = 10)
    void everyAnswerMatchesTheReference(@ForAll("steps") List<Step> steps) {
        RecordArchive reference = reference();
        TenantId tenant = RecordSamples.freshTenant();
        Instant base = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        for (Step step : steps) {
            Either<Problem, Object> expected = apply(reference, tenant, base, step);
            Either<Problem, Object> actual = apply(subject(), tenant, base, step);
            assertThat(actual.isRight()).as("%s succeeds like the reference (%s vs %s)", step, expected, actual)
                    .isEqualTo(expected.isRight());
            if (expected.isLeft()) {
                assertThat(actual.getLeft().getClass()).as("%s", step).isEqualTo(expected.getLeft().getClass());
            } else {
                assertThat(actual.get()).as("%s", step).isEqualTo(expected.get());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Either<Problem, Object> apply(RecordArchive archive, TenantId tenant, Instant base, Step s) {
        RecordId id = new RecordId("a-" + s.slot());
        Instant until = base.plus(Duration.ofDays(s.days()));
        Either<Problem, ?> result = switch (s.op()) {
            case PUT -> archive.put(RecordSamples.sealed(tenant, id.value(),
                    DAY.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(s.slot()), "v" + s.variant()), until);
            case GET -> archive.get(tenant, id);
            case EXTEND -> archive.extendRetention(tenant, id, until);
            case HOLD -> archive.legalHold(tenant, id, true);
            case RELEASE -> archive.legalHold(tenant, id, false);
            case DELETE -> archive.delete(tenant, id);
            case LIST -> archive.list(tenant, DAY, PageRequest.first(1 + s.variant())).map(p -> List.of(p.items(), p.hasNext()));
        };
        return (Either<Problem, Object>) result;
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.of(Op.class), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 30)).as(Step::new).list().ofMaxSize(15);
    }
}
