package dev.portside.adapters.inmemory.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.RecordArchive;
import dev.portside.domain.records.SealedRecord;
import dev.portside.testkit.records.MutableClock;
import dev.portside.testkit.records.RecordArchiveContract;
import dev.portside.testkit.records.RecordSamples;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryRecordArchiveTest extends RecordArchiveContract {

    private final RecordArchive archive = new InMemoryRecordArchive(Clock.systemUTC(), CursorCodec.fromSecret("test"));

    @Override
    protected RecordArchive archive() {
        return archive;
    }

    @Test
    void aRecordBecomesDeletableExactlyAtItsRetainUntil() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        InMemoryRecordArchive timed = new InMemoryRecordArchive(clock, CursorCodec.fromSecret("test"));
        TenantId tenant = RecordSamples.freshTenant();
        SealedRecord sealed = RecordSamples.sealed(tenant, "r-1", clock.instant(), "a");
        timed.put(sealed, clock.instant().plus(Duration.ofDays(10)));

        clock.advance(Duration.ofDays(10).minusMillis(1));
        assertThat(timed.delete(tenant, sealed.id()).getLeft()).isInstanceOf(Problem.Rejected.class);
        clock.advance(Duration.ofMillis(1));
        assertThat(timed.delete(tenant, sealed.id()).isRight()).isTrue();
    }

    @Test
    void aRetainUntilInThePastIsInvalid() {
        TenantId tenant = RecordSamples.freshTenant();
        assertThat(archive.put(RecordSamples.sealed(tenant, "r-1", Instant.now(), "a"), Instant.now().minusSeconds(1))
                .getLeft()).isInstanceOf(Problem.Invalid.class);
    }
}
