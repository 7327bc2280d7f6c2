package dev.portside.testkit.isolation;

import static dev.portside.testkit.content.ContentFixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.ArchivedRecord;
import dev.portside.domain.records.RecordArchive;
import dev.portside.domain.records.RecordId;
import dev.portside.domain.records.RecordRef;
import dev.portside.domain.records.SealedRecord;
import dev.portside.testkit.records.RecordSamples;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The archive is tenant-scoped on every adapter: random sealed records put under two tenants with the same ids and
 * days are never answered to the other tenant — not by a read nor a day's listing — a retention change, legal hold or
 * delete under one tenant never reaches the other's record of the same id, and the day listing refuses a cursor from
 * another tenant, another day or with altered bytes. Each tenant's records are sealed from content naming the
 * tenant, so a record answered across tenants shows even where the ids match.
 */
public abstract class RecordArchiveIsolationContract {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 15);
    private static final int IDS = 5;
    private static final int DAYS = 2;

    protected abstract RecordArchive archive();

    private static Instant on(int day, int second) {
        return DAY.plusDays(day).atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(second);
    }

    private static Instant lockedFor(Duration duration) {
        return Instant.now().plus(duration).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The records put, by id: the first spec of each id. */
    private Map<RecordId, SealedRecord> write(TenantId tenant, List<Integer> specs) {
        Map<RecordId, SealedRecord> written = new TreeMap<>(Comparator.comparing(RecordId::value));
        for (int spec : specs) {
            RecordId id = new RecordId("r" + spec % IDS);
            if (!written.containsKey(id)) {
                SealedRecord sealed = RecordSamples.sealed(tenant, id.value(), on(spec / IDS % DAYS, spec % 60),
                        tenant.value());
                archive().put(sealed, lockedFor(Duration.ofDays(1))).get();
                written.put(id, sealed);
            }
        }
        return written;
    }

    private static LocalDate dayOf(SealedRecord sealed) {
        return LocalDate.ofInstant(sealed.timestamp(), ZoneOffset.UTC);
    }

    @Property(tries = 5)
    void no_read_or_listing_of_one_tenant_answers_the_others_records_and_no_change_reaches_them(
            @ForAll @Size(max = 6) List<@IntRange(max = 60) Integer> specsOfA,
            @ForAll @Size(max = 6) List<@IntRange(max = 60) Integer> specsOfB) {
        TenantId a = RecordSamples.freshTenant();
        TenantId b = RecordSamples.freshTenant();
        Map<TenantId, Map<RecordId, SealedRecord>> written = Map.of(a, write(a, specsOfA), b, write(b, specsOfB));
        for (TenantId owner : List.of(a, b)) {
            TenantId other = owner.equals(a) ? b : a;
            Map<RecordId, SealedRecord> own = written.get(owner);
            for (int i = 0; i < IDS; i++) {
                RecordId id = new RecordId("r" + i);
                assertThat(archive().get(owner, id).get().map(ArchivedRecord::sealed).getOrNull())
                        .isEqualTo(own.get(id));
                if (!own.containsKey(id) && written.get(other).containsKey(id)) {
                    // the other tenant's record of this id is missing here, whatever is asked of it
                    assertThat(archive().extendRetention(owner, id, lockedFor(Duration.ofDays(2))).getLeft())
                            .isInstanceOf(Problem.NotFound.class);
                    assertThat(archive().legalHold(owner, id, true).getLeft()).isInstanceOf(Problem.NotFound.class);
                    assertThat(archive().delete(owner, id).getLeft()).isInstanceOf(Problem.NotFound.class);
                    ArchivedRecord theirs = archive().get(other, id).get().get();
                    assertThat(theirs.sealed()).isEqualTo(written.get(other).get(id));
                    assertThat(theirs.retention().legalHold()).isFalse();
                    assertThat(theirs.retention().retainUntil()).isBefore(lockedFor(Duration.ofDays(1).plusHours(1)));
                }
            }
            for (int d = 0; d < DAYS; d++) {
                LocalDate day = DAY.plusDays(d);
                List<RecordRef> listed = readAll(2, p -> archive().list(owner, day, p)).get();
                assertThat(listed).containsExactlyElementsOf(own.values().stream().filter(s -> dayOf(s).equals(day))
                        .map(s -> new RecordRef(s.id(), day)).toList());
            }
        }
    }

    @Test
    void cursors_of_a_days_listing_keep_to_their_tenant_and_day() {
        TenantId owner = RecordSamples.freshTenant();
        TenantId stranger = RecordSamples.freshTenant();
        // r0..r2 on the first day, r3 and r4 on the second
        List<Integer> specs = List.of(0, 1, 2, 8, 9);
        write(owner, specs);
        write(stranger, specs);
        PagedQueries.refuseForeignCursors(owner, stranger,
                (t, page) -> archive().list(t, DAY, page),
                (t, page) -> archive().list(t, DAY.plusDays(1), page));
        assertThat(readAll(1, p -> archive().list(owner, DAY, p)).get()).extracting(RecordRef::id)
                .containsExactly(new RecordId("r0"), new RecordId("r1"), new RecordId("r2"));
    }

}
