package dev.portside.testkit.isolation;

import static dev.portside.testkit.content.ContentFixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.DailyCount;
import dev.portside.domain.records.HotRecord;
import dev.portside.domain.records.HotRecordStore;
import dev.portside.domain.records.RecordId;
import dev.portside.testkit.records.RecordSamples;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Hot records are tenant-scoped on every adapter: random rows written under two tenants with the same ids, model
 * versions and metadata are never answered to the other tenant — not by a lookup, a presence check, a query by model
 * version or metadata, a scan, nor in a daily count or an age count — a cleanup or a seal under one tenant never
 * touches the other's rows, and every paged query refuses a cursor from another tenant, another query or with
 * altered bytes. Each row's metadata names its tenant, so a row answered across tenants shows even where the ids match.
 */
public abstract class HotRecordIsolationContract {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant END = T0.plus(Duration.ofDays(4));
    private static final int IDS = 6;

    protected abstract HotRecordStore store();

    private static HotRecord row(TenantId tenant, int spec) {
        Instant at = T0.plus(Duration.ofDays(spec / 12 % 3)).plusSeconds(spec % 60);
        return RecordSamples.hot(RecordSamples.record(tenant, "r" + spec % IDS, "m-" + spec / 6 % 2, at,
                Map.of("colour", spec / 36 % 2 == 0 ? "blue" : "red", "tenant", tenant.value())));
    }

    /** The rows written, by id: the first spec of each id, half put one by one and the rest in one bulk put. */
    private Map<RecordId, HotRecord> write(TenantId tenant, List<Integer> specs) {
        Map<RecordId, HotRecord> written = new TreeMap<>(Comparator.comparing(RecordId::value));
        for (int spec : specs) {
            written.putIfAbsent(new RecordId("r" + spec % IDS), row(tenant, spec));
        }
        List<HotRecord> rows = List.copyOf(written.values());
        rows.subList(0, rows.size() / 2).forEach(r -> store().put(r).get());
        assertThat(store().putAll(tenant, rows.subList(rows.size() / 2, rows.size())).get())
                .isEqualTo(rows.size() - rows.size() / 2);
        return written;
    }

    /** Every row is the owner's: its tenant, and the metadata it was written with under that tenant. */
    private static void owned(TenantId owner, List<HotRecord> rows) {
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.tenant()).isEqualTo(owner);
            assertThat(r.metadata()).containsEntry("tenant", owner.value());
        });
    }

    private static List<HotRecord> where(Map<RecordId, HotRecord> rows, Predicate<HotRecord> filter) {
        return rows.values().stream().filter(filter).toList();
    }

    @Property(tries = 8)
    void no_lookup_query_scan_or_count_of_one_tenant_answers_the_others_rows_and_cleanup_keeps_to_its_tenant(
            @ForAll @Size(max = 10) List<@IntRange(max = 100) Integer> specsOfA,
            @ForAll @Size(max = 10) List<@IntRange(max = 100) Integer> specsOfB) {
        TenantId a = RecordSamples.freshTenant();
        TenantId b = RecordSamples.freshTenant();
        Map<TenantId, Map<RecordId, HotRecord>> written = Map.of(a, write(a, specsOfA), b, write(b, specsOfB));
        List<RecordId> every = java.util.stream.IntStream.range(0, IDS).mapToObj(i -> new RecordId("r" + i)).toList();
        Instant cutoff = T0.plus(Duration.ofDays(1));
        for (TenantId owner : List.of(a, b)) {
            TenantId other = owner.equals(a) ? b : a;
            Map<RecordId, HotRecord> own = written.get(owner);
            for (RecordId id : every) {
                assertThat(store().get(owner, id).get()).isEqualTo(Option.of(own.get(id)));
            }
            assertThat(store().present(owner, every).get()).isEqualTo(own.keySet());
            for (String model : List.of("m-0", "m-1")) {
                List<HotRecord> listed = readAll(2, p -> store().byModelVersion(owner, model, T0, END, p)).get();
                owned(owner, listed);
                assertThat(listed).containsExactlyInAnyOrderElementsOf(where(own, r -> r.modelVersion().equals(model)));
            }
            for (String colour : List.of("blue", "red")) {
                List<HotRecord> listed = readAll(2, p -> store().byMetadata(owner, "colour", colour, p)).get();
                owned(owner, listed);
                assertThat(listed).containsExactlyInAnyOrderElementsOf(where(own, r -> r.metadata().get("colour")
                        .equals(colour)));
            }
            assertThat(readAll(2, p -> store().byMetadata(owner, "tenant", other.value(), p)).get()).isEmpty();
            List<HotRecord> scanned = store().scan(owner, "", 100).get();
            owned(owner, scanned);
            assertThat(scanned).containsExactlyElementsOf(own.values());
            assertThat(store().countsPerDay(owner, T0, END).get()).containsExactlyInAnyOrderElementsOf(
                    own.values().stream().collect(Collectors.groupingBy(r -> List.of(r.modelVersion(),
                            LocalDate.ofInstant(r.timestamp(), ZoneOffset.UTC)), Collectors.counting()))
                            .entrySet().stream().map(e -> new DailyCount((String) e.getKey().get(0),
                                    (LocalDate) e.getKey().get(1), e.getValue())).toList());
            assertThat(store().countOlderThan(owner, cutoff).get())
                    .isEqualTo(where(own, r -> r.timestamp().isBefore(cutoff)).size());
        }
        // a seal under one tenant refuses the other's rows, and changes none of them
        List<HotRecord> ofB = List.copyOf(written.get(b).values());
        if (!ofB.isEmpty()) {
            assertThat(store().seal(a, ofB).getLeft()).isInstanceOf(Problem.Invalid.class);
        }
        // cleanup under one tenant removes its old rows only
        int old = where(written.get(a), r -> r.timestamp().isBefore(cutoff)).size();
        assertThat(store().deleteOlderThan(a, cutoff, 100).get()).isEqualTo(old);
        assertThat(store().scan(a, "", 100).get()).containsExactlyElementsOf(where(written.get(a),
                r -> !r.timestamp().isBefore(cutoff)));
        assertThat(store().scan(b, "", 100).get()).containsExactlyElementsOf(written.get(b).values());
    }

    @Test
    void cursors_of_the_model_version_and_metadata_queries_keep_to_their_tenant_and_query() {
        TenantId owner = RecordSamples.freshTenant();
        TenantId stranger = RecordSamples.freshTenant();
        // r0..r2 of model m-0 and r3..r5 of model m-1, all blue
        List<Integer> specs = List.of(0, 1, 2, 9, 10, 11);
        write(owner, specs);
        write(stranger, specs);
        PagedQueries.refuseForeignCursors(owner, stranger,
                (t, page) -> store().byModelVersion(t, "m-0", T0, END, page),
                (t, page) -> store().byModelVersion(t, "m-1", T0, END, page));
        PagedQueries.refuseForeignCursors(owner, stranger,
                (t, page) -> store().byModelVersion(t, "m-0", T0, END, page),
                (t, page) -> store().byModelVersion(t, "m-0", T0, END.plusSeconds(1), page));
        PagedQueries.refuseForeignCursors(owner, stranger,
                (t, page) -> store().byMetadata(t, "colour", "blue", page),
                (t, page) -> store().byMetadata(t, "colour", "red", page));
        PagedQueries.refuseForeignCursors(owner, stranger,
                (t, page) -> store().byMetadata(t, "colour", "blue", page),
                (t, page) -> store().byModelVersion(t, "m-0", T0, END, page));
    }
}
